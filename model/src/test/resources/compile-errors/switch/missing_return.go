package main

func withDefault(x int) int {
	switch x {
	case 1:
		return 1
	case 2:
		fallthrough
	default:
		panic("no")
	}
}

func noDefault(x int) int {
	switch x {
	case 1:
		return 1
	}
} // want 1: missing return

func breaks(x int) int {
	switch x {
	case 1:
		break
	default:
		return 2
	}
} // want 1: missing return

func labeledBreak(x int) int {
L:
	switch {
	default:
		for {
			break L
		}
	}
} // want 1: missing return

func typeSwitch(v any) int {
	switch v.(type) {
	case int:
		return 1
	default:
		return 2
	}
}

func innerBreak(v any) int {
	for {
		switch v.(type) {
		case int:
			break
		}
	}
}

func labeledFor() int {
L:
	for {
		for {
			break L
		}
	}
} // want 1: missing return

func gotoEnd() int {
L:
	goto L
}

func main() {
	println(withDefault(1), noDefault(1), breaks(1), labeledBreak(1), typeSwitch(1), innerBreak(1), labeledFor(), gotoEnd())
}
