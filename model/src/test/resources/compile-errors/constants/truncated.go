package main

type Rune rune

func main() {
	var k rune = 'a' * 1e9 // want 15: cannot use 'a' * 1e9 (untyped float constant 9.7e+10) as rune value in variable declaration (truncated)
	var f float64 = 3e10
	const c = 1e10
	var i8 int8 = c // want 16: cannot use c (untyped float constant 1e+10) as int8 value in variable declaration (truncated)
	var r Rune = 2.5 * 2
	println(k, f, i8, r, int(c))
}
