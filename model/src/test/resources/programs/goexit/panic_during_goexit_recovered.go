// A panic from a deferred call during Goexit, recovered by an outer defer, does not stop the Goexit (#29226).
package main

import (
	"fmt"
	"runtime"
)

func f() {
	defer func() { panic("during goexit") }()
	runtime.Goexit()
}

func g() {
	defer func() { fmt.Println("g recovered:", recover()) }()
	f()
	fmt.Println("g continues: BUG")
}

func main() {
	defer fmt.Println("main defer runs")
	g()
	fmt.Println("main continues: BUG")
}
