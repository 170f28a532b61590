// A variable declared outside a condition-only `for` is shared by all deferred closures on every version.
package main

import "fmt"

func main() {
	i := 0
	for i < 3 {
		defer func() { fmt.Println("outer var", i) }()
		i++
	}
}
