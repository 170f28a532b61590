// os.Exit ends the process at once with its code; no deferred call runs.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("before exit")
	println("stderr before exit")
	os.Exit(3)
}
