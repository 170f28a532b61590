// #48898 shape: after nested panics and recovers in one closure, a later frame's `defer print(x)` must still run before 4 is recovered.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println()
		fmt.Println("main recovered:", recover())
	}()
	func() {
		func() {
			defer func() {
				defer func() {
					fmt.Println("inner recovered:", recover())
				}()
				defer panic(3)
				panic(2)
			}()
			defer func() {
				fmt.Println("first recovered:", recover())
			}()
			panic(1)
		}()
		defer func() {}()
	}()

	x := 123
	func() {
		defer print(x)
		func() {
			defer func() {}()
			panic(4)
		}()
	}()
}
