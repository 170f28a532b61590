package main

import "fmt"

func main() {
	defer func() {
		fmt.Println(recover())
		panic(1)
	}()
	println(f1())
}

func f1() int {
	fmt.Println(recover())
	panic(1)
}
