package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

func main() {
	var f os.File
	f.Chmod(0) // want 2: unsupported: os.File.Chmod
	fmt.Println(strings.Title("x"), runtime.NumCPU()) // want 14: unsupported: strings.Title // want 34: unsupported: runtime.NumCPU
	fmt.Println(f)
}
