package main
func f() int {
	for {
		break
	}
} // want 1: missing return
func main() {
	break
	x := 1
	x := 2 // want 4: no new variables on left side of :=
	defer (f()) // want 8: expression in defer must not be parenthesized
	defer x // want 8: expression in defer must be function call // want[-1.19] 8: invalid operation: cannot call non-function x (variable of type int)
	a, b := f() // want[1.21-1.22] 2: a declared and not used // want[1.23-] 2: declared and not used: a // want[1.21-1.22] 5: b declared and not used // want[1.23-] 5: declared and not used: b // want 10: assignment mismatch: 2 variables but f returns 1 value
	if x { // want 5: non-boolean condition in if statement
	}
}
