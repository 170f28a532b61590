// A defer inside a loop pushes one entry per iteration; they run in reverse iteration order.
package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("iteration", i)
	}
	fmt.Println("loop done")
}
