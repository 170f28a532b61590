// Crash text for a string panic value is the raw string, even with spaces and a trailing colon.
package main

func main() {
	panic("something bad: happened")
}
