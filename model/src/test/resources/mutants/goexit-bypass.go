package main

import "runtime"

func main() {
	defer println("main deferred")
	func() {
		defer func() { recover() }()
		defer func() { panic("x") }()
		runtime.Goexit()
	}()
	println("continued after Goexit")
}
