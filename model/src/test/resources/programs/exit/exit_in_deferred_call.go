// os.Exit inside a deferred call stops the remaining defers; exit code 4.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("older defer never printed")
	defer func() {
		fmt.Println("exiting from a defer")
		os.Exit(4)
	}()
	defer fmt.Println("newer defer printed")
	fmt.Println("body")
}
