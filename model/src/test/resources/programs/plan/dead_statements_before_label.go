package main

import "fmt"

// From 1.22 the unified IR writer keeps the dead statements between a terminating statement and a later
// label of the same list (issue 65593), so walk counts their defers though ssagen never emits them: nine
// counted defers are one too many for open-coding. A goto ends the block as a return does; a label, even of a
// switch that only break names, starts a new one.
func nineCounted(x int) {
	defer fmt.Println(1)
	defer fmt.Println(2)
	defer fmt.Println(3)
	defer fmt.Println(4)
	defer fmt.Println(5)
	defer fmt.Println(6)
	defer fmt.Println(7)
	if x > 0 {
		goto L
	}
	return
	defer fmt.Println("dead, before a label")
L:
	defer fmt.Println(8)
}

func afterGoto(x int) {
	goto end
	defer fmt.Println("dead after goto")
end:
	defer fmt.Println("afterGoto: after the label")
}

func labeledSwitchAfterReturn(x int) {
	if x > 0 {
		return
	}
	return
L:
	switch {
	default:
		defer fmt.Println("after return, in a labeled switch")
		break L
	}
}

func panicThenLabel(x int) {
	defer fmt.Println("panicThenLabel: live")
	if x > 10 {
		goto L
	}
	panic("panicThenLabel panics")
	defer fmt.Println("dead, before a label")
	for i := 0; i < 2; i++ {
		defer fmt.Println("dead loop, before a label")
	}
L:
	defer fmt.Println("after the label")
}

func main() {
	nineCounted(1)
	afterGoto(1)
	labeledSwitchAfterReturn(1)
	defer func() { fmt.Println("recovered:", recover()) }()
	panicThenLabel(1)
}
