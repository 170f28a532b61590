// #43920 shape: nested `defer panic(n)` / recover chains inside deferred calls; each recover gets its own value, no runtime throw.
package main

import "fmt"

func step(n int) { fmt.Println("step", n) }

func main() {
	defer func() {
		fmt.Println("outermost recovered:", recover())
	}()
	defer func() {
		defer func() {
			defer func() {
				fmt.Println("recovered (want 5):", recover())
			}()
			defer panic(5)
			func() {
				panic(4)
			}()
		}()
		defer func() {
			fmt.Println("recovered (want 3):", recover())
		}()
		defer panic(3)
	}()
	func() {
		defer step(1)
		panic(1)
	}()
}
