// Each function literal gets its own plan: a deferred closure with a loop inside uses records while its parent stays open-coded.
package main

import "fmt"

func main() {
	defer func() {
		for i := 0; i < 2; i++ {
			defer fmt.Println("inner loop defer", i)
		}
		defer fmt.Println("inner straight defer runs first")
	}()
	defer fmt.Println("outer open defer")
}
