package main
func f() (_ [2]int) { return 1 } // want 30: cannot use 1 (untyped int constant) as [2]int value in return statement
func main() {
	var a [-1]int // want 9: invalid array length -1 (untyped int constant)
	var b ["x"]int // want 9: array length "x" (untyped string constant) must be integer
	var c [2]func()
	println(c == c, a, b) // want 10: invalid operation: c == c ([2]func() cannot be compared)
	var d [2]int
	var e [3]int = d // want[1.21-] 17: cannot use d (variable of type [2]int) as [3]int value in variable declaration // want[-1.19] 17: cannot use d (variable of type [2]int) as type [3]int in variable declaration
	println(d + d, d < d, e) // want 10: invalid operation: operator + not defined on d (variable of type [2]int) // want 17: invalid operation: d < d (operator < not defined on array)
}
