package main

import (
	"fmt"
	"runtime"
)

func main() {
	for i := 0; i < 2; i++ {
		defer func() {
			fmt.Println(recover())
			println(1)
		}()
	}
	println(f2())
}

func f1() int {
	fmt.Println(recover())
	println(1)
	return 0
}

func f2() int {
	runtime.Goexit()
	return 0
}
