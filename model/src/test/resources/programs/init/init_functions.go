package main

import "fmt"

var ready = setup()

func setup() string {
	fmt.Println("package variables first")
	return "ready"
}

// Several init functions run in source order after the package variables are set and before main; each
// has its own defers, and one of them recovers a panic so that initialization goes on.
func init() {
	defer fmt.Println("init 1: deferred")
	fmt.Println("init 1:", ready)
}

func init() {
	defer func() {
		fmt.Println("init 2: recovered", recover())
	}()
	fmt.Println("init 2: about to panic")
	panic("in init 2")
}

func init() {
	fmt.Println("init 3: still runs")
	ready = "initialized"
}

func main() {
	defer fmt.Println("main: deferred")
	fmt.Println("main:", ready)
}
