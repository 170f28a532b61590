// A panic string containing a newline is printed verbatim in the crash text.
package main

func main() {
	panic("line one\nline two")
}
