// os.Exit in a deferred call during a panic ends the process with that code and no crash text.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	defer os.Exit(5)
	defer fmt.Println("printed first")
	panic("silenced")
}
