// Two nested panics during Goexit, the newer recovered: 1.22+ resumes Goexit (deadlock fatal); 1.14-1.21 check only the panic below the recovered one, so Goexit is lost and main returns.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() { fmt.Println(recover()) }()
	for i := 0; i < 2; i++ {
		defer panic(1)
	}
	runtime.Goexit()
}
