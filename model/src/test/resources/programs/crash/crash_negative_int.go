// Crash text for a negative int computed at run time.
package main

var base = 7

func main() {
	panic(base - 10)
}
