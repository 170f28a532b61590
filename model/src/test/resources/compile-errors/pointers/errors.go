package main
func main() {
	x := 3
	var p *int = 3 // want 15: cannot use 3 (untyped int constant) as *int value in variable declaration
	var q *string
	println(*x, *nil, p == q, p < p, *p + "a") // want 11: invalid operation: cannot indirect x (variable of type int) // want 15: invalid operation: cannot indirect nil // want 25: invalid operation: p == q (mismatched types *int and *string) // want 28: invalid operation: p < p (operator < not defined on pointer) // want 35: invalid operation: *p + "a" (mismatched types int and untyped string)
}
