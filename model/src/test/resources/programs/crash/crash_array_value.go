// Crash text for an array panic value: runtime.printpanicval prints the type and an address, "panic: ([2]string) 0x…".
package main

func main() {
	var a [2]string
	panic(a)
}
