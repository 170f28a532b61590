package main

import "fmt"

var count = 1

func init() {
	count++
}

// An unrecovered panic in an init function runs that function's defers and crashes the program before main.
func init() {
	defer fmt.Println("second init: deferred, count =", count)
	defer func() {
		count = -1
	}()
	panic(fmt.Sprint("init failed with count ", count))
}

func main() {
	fmt.Println("main never runs")
}
