// A deferred closure panics with a captured value changed after the defer; the recovered value is the final one.
package main

import "fmt"

func main() {
	msg := "initial"
	defer func() { fmt.Println("recovered:", recover()) }()
	defer func() { panic(msg) }()
	msg = "changed"
}
