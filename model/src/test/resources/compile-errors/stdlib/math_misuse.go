package main

import "math"

func main() {
	var i int = math.MaxUint64 // want 14: cannot use math.MaxUint64 (untyped int constant 18446744073709551615) as int value in variable declaration (overflows)
	var b int8 = math.MaxInt16 // want 15: cannot use math.MaxInt16 (untyped int constant 32767) as int8 value in variable declaration (overflows)
	f := math.Sqrt("2") // want 17: cannot use "2" (untyped string constant) as float64 value in argument to math.Sqrt
	var u uint32 = math.Floor(2.5) // want[-1.19] 17: cannot use math.Floor(2.5) (value of type float64) as type uint32 in variable declaration // want[1.21-] 17: cannot use math.Floor(2.5) (value of type float64) as uint32 value in variable declaration
	println(i, b, f, u, math.Nope) // want 27: undefined: math.Nope
}
