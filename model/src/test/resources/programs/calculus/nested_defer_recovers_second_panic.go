package main

import "fmt"

func main() {
	defer func() {
		defer f2()
		panic(2)
	}()
	panic(1)
}

func f1() int {
	defer func() {
		fmt.Println(recover())
	}()
	panic(2)
}

func f2() int {
	fmt.Println(recover())
	return 0
}
