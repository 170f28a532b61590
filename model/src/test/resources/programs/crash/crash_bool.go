// Crash text for a bool panic value: "panic: false".
package main

func main() {
	panic(false)
}
