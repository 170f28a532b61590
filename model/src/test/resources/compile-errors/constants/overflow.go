package main

const big = 1 << 100

type Small int8

func main() {
	var a int8 = 300 // want 15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)
	var b byte = 256 // want 15: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)
	var c uint = -1 // want 15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
	var d int = big // want 14: cannot use big (untyped int constant 1267650600228229401496703205376) as int value in variable declaration (overflows)
	var e Small = 200 // want 16: cannot use 200 (untyped int constant) as Small value in variable declaration (overflows)
	var f float32 = 1e40 // want 18: cannot use 1e40 (untyped float constant 1e+40) as float32 value in variable declaration (overflows)
	g := int64(big) // want[-1.21] 13: cannot convert big (untyped int constant 1267650600228229401496703205376) to type int64 // want[1.22-] 13: constant 1267650600228229401496703205376 overflows int64
	h := uint8(255) + 1 // want 7: uint8(255) + 1 (constant 256 of type uint8) overflows uint8
	var i int = 1.5 // want 14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
	const j int8 = 100 * 2 // want 17: cannot use 100 * 2 (untyped int constant 200) as int8 value in constant declaration (overflows)
	println(a, b, c, d, e, f, g, h, i, j)
}
