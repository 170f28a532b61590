package main

func main() {
L1: // want 1: label L1 defined and not used
	println(1)
	goto L2 // want 7: goto L2 jumps over declaration of x at prog.go:7:4
	x := 1
L2:
	println(x)
	goto L3 // want 7: goto L3 jumps into block starting at prog.go:11:2
	{
	L3:
		println(2)
	}
L4:
	switch {
	case true:
		continue L4 // want 12: invalid continue label L4
	}
L5:
	{
		break L5 // want 9: invalid break label L5
	}
	for {
		break L6 // want 9: break label not defined: L6
	}
	goto L7 // want 7: label L7 not defined
L2: // want 1: label L2 already defined at prog.go:8:1
	for {
		continue L5 // want 12: invalid continue label L5
	}
}
