// os.Exit in a defer during Goexit ends the process before the Goexit deadlock is reported.
package main

import (
	"fmt"
	"os"
	"runtime"
)

func main() {
	defer os.Exit(7)
	defer fmt.Println("goexit runs this first")
	runtime.Goexit()
}
