// os.Exit in a callee skips the defers of every frame; exit code 0 is allowed too.
package main

import (
	"fmt"
	"os"
)

func leaf() {
	defer fmt.Println("leaf defer never printed")
	os.Exit(0)
}

func main() {
	defer fmt.Println("main defer never printed")
	fmt.Println("calling leaf")
	leaf()
}
