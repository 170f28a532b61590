// Passing the loop variable as an argument of the deferred call gives 2 1 0 on every version.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println(n) }(i)
	}
}
