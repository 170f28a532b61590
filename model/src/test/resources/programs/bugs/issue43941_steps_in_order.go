// #43941 shape: steps 8 to 14 must all print in order; none may be skipped after nested panics and recovers.
package main

import "fmt"

var steps = 7

func step(want int) {
	steps++
	if steps != want {
		fmt.Println("BUG: step", steps, "want", want)
	}
	fmt.Println("step", want)
}

func main() {
	defer func() {
		step(14)
		fmt.Println("recovered (want 4):", recover())
	}()
	func() {
		func() {
			defer func() {
				defer func() {
					fmt.Println("recovered (want 3):", recover())
				}()
				defer panic(3)
				panic(2)
			}()
			defer func() {
				fmt.Println("recovered (want 1):", recover())
			}()
			defer panic(1)
		}()
		defer func() {}()
		defer func() {}()
		defer step(10)
		defer step(9)
		step(8)
	}()
	func() {
		defer step(13)
		defer step(12)
		func() {
			defer step(11)
			panic(4)
		}()
		defer func() {}()
		defer panic(-1)
		defer step(-1)
		defer step(-1)
		defer func() {}()
	}()
}
