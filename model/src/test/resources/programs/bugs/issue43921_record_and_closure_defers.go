// #43921 shape: in a frame with a loop-forced record defer, a later deferred closure that panics must still run during the panic.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("main recovered (want 1):", recover())
	}()
	func() {
		for {
			defer func() { fmt.Println("record defer ran") }()
			break
		}
		defer func() {
			defer func() {
				fmt.Println("inner recovered (want 4):", recover())
			}()
			panic(4)
		}()
		panic(1)
	}()
}
