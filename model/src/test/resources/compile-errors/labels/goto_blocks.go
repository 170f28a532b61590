package main

func g() {
	for {
		break L // want 9: break label not defined: L
	}
L: // want 1: label L defined and not used
}

func h() {
	goto M // want 7: goto M jumps over declaration of y at prog.go:12:6
	var y int
	_ = y
M:
	if true {
	N:
		goto O
	}
O:
	goto N // want 7: goto N jumps into block starting at prog.go:15:10
}

func k(x int) {
	goto P // want 7: goto P jumps over declaration of a, b at prog.go:25:7
	a, b := 1, 2
	_, _ = a, b
P:
	switch x {
	case 1:
	Q:
		println()
	case 2:
		goto Q // want 8: goto Q jumps into block starting at prog.go:29:2
	}
	for {
		continue R // want 12: continue label not defined: R
	}
	if x > 0 {
		break // want 3: break is not in a loop, switch, or select
	}
	continue // want 2: continue is not in a loop
}

func main() {
	g()
	h()
	k(1)
	func() {
	L:
		goto L
	}()
}
