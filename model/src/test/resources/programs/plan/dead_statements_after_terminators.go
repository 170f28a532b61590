package main

import "fmt"

// Statements after a return, panic, goto, break or continue are dead: ssagen never emits their defers, even a
// loop's, an if's or a switch's, and from 1.22 the unified IR writer drops them, so walk does not count them
// either (deadLoop is open-coded from 1.22). After an if whose branches both return, or a switch whose cases
// do, statements are emitted again; after a block that returns they are not.
func deadLoop(x int) {
	defer fmt.Println("deadLoop: live")
	return
	for i := 0; i < x; i++ {
		defer fmt.Println("dead loop")
	}
}

func deadIfElse(x int) {
	defer fmt.Println("deadIfElse: live")
	return
	if x > 0 {
		defer fmt.Println("dead then")
	} else {
		defer fmt.Println("dead else")
	}
}

func deadSwitch(x int) {
	defer fmt.Println("deadSwitch: live")
	panic("deadSwitch panics")
	switch x {
	case 1:
		defer fmt.Println("dead case")
	}
}

func blockReturn(x int) {
	defer fmt.Println("blockReturn: live")
	{
		return
	}
	defer fmt.Println("dead after block")
}

func afterBreak(x int) {
	for {
		break
		defer fmt.Println("dead after break")
	}
	switch x {
	case 1:
		break
		defer fmt.Println("dead after break in case")
	}
	defer fmt.Println("afterBreak: live")
}

func allCasesReturn(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 2
	}
	defer fmt.Println("after the switch: emitted, never run")
	return 3
}

func bothBranchesReturn(x int) int {
	defer fmt.Println("bothBranchesReturn: live")
	if x > 0 {
		return 1
	} else {
		return 2
	}
	defer fmt.Println("after the if: emitted up to 1.21, dropped from 1.22")
	return 3
}

func main() {
	deadLoop(1)
	deadIfElse(1)
	blockReturn(1)
	afterBreak(1)
	fmt.Println(allCasesReturn(1), bothBranchesReturn(1))
	defer func() { fmt.Println("recovered:", recover()) }()
	deadSwitch(1)
}
