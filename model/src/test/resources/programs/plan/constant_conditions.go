package main

import "fmt"

// gc's front end drops the branch of an if that a constant condition rules out (deadcode.Func up to 1.21, the
// unified IR writer from 1.22) and, up to 1.21, the rest of the list after an if true whose branch returns;
// the body of a for false it keeps up to 1.21 (a loop defer, so no open-coding) and drops from 1.22.
func constTrueReturn(x int) {
	defer fmt.Println("constTrueReturn: live")
	if true {
		return
	}
	defer fmt.Println("dead after if true return")
}

func constElse(x int) {
	if 1 > 2 {
		defer fmt.Println("dead then")
	} else {
		defer fmt.Println("constElse: live else")
	}
	if 2 > 1 {
		defer fmt.Println("constElse: live then")
	} else {
		defer fmt.Println("dead else")
	}
}

func forFalse() {
	for false {
		defer fmt.Println("never")
	}
	defer fmt.Println("forFalse: live")
}

func main() {
	constTrueReturn(1)
	constElse(1)
	forFalse()
}
