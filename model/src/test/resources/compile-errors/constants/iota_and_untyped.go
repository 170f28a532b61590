package main

const (
	A = iota * 1.5
	B
	C string = iota // want 13: cannot use iota (untyped int constant 2) as string value in constant declaration
)

const x = "s" + 1 // want 11: invalid operation: "s" + 1 (mismatched types untyped string and untyped int)

const y = 1 / 0 // want 15: invalid operation: division by zero

const z float64 = 1 % 2.0 // want 19: invalid operation: operator % not defined on 1 (untyped float constant)

const w = len([]int{}) // want 11: len([]int{}) (value of type int) is not constant


func main() {
	const n = 10
	n = 11 // want[1.21-] 2: cannot assign to n (neither addressable nor a map index expression) // want[-1.19] 2: cannot assign to n (untyped int constant 10)
	println(A, B, C, x, y, z, w)
	println(iota) // want 10: cannot use iota outside constant declaration
}
