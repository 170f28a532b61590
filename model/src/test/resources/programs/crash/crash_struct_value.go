// Crash text for a value of a defined empty struct type: the runtime's type name and an address, "panic: (main.terr) 0x…".
package main

type terr struct{}

func main() {
	panic(terr{})
}
