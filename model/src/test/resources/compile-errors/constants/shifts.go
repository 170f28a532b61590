package main

func main() {
	s := 1.5
	var a = 1 << s // want 15: invalid operation: shift count s (variable of type float64) must be integer
	var b int = 1.0 << 2
	var c = 2.5 << 1 // want 10: invalid operation: shifted operand 2.5 (untyped float constant) must be integer
	var d int8 = 1 << 8 // want 15: cannot use 1 << 8 (untyped int constant 256) as int8 value in variable declaration (overflows)
	var e = 1 << -1 // want 15: invalid operation: negative shift count -1 (untyped int constant)
	var f uint = 3
	var g float64 = 1 << f // want[-1.19] 18: invalid operation: 1 << f (shift of type float64) // want[1.21-] 18: invalid operation: shifted operand 1 (type float64) must be integer
	println(a, b, c, d, e, g)
}
