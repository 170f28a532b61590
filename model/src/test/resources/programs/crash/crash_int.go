// Crash text for an int panic value: "panic: 42", a blank line, then the goroutine dump; exit 2.
package main

func main() {
	println("about to panic")
	panic(42)
}
