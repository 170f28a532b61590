package main

type T struct{ a int }
type U struct{ b int }
type Str string

func main() {
	var s string = "x"
	var i int = 1
	var f float64 = 2
	_ = int(s) // want 10: cannot convert s (variable of type string) to type int
	_ = string(f) // want 13: cannot convert f (variable of type float64) to type string
	_ = T(U{1}) // want 8: cannot convert U{…} (value of type U) to type T
	_ = []byte(i) // want 13: cannot convert i (variable of type int) to type []byte
	_ = Str(i)
	_ = bool(i) // want 11: cannot convert i (variable of type int) to type bool
	_ = float64("1") // want 14: cannot convert "1" (untyped string constant) to type float64
	_ = (*int)(&f) // want 13: cannot convert &f (value of type *float64) to type *int
	_ = []rune(f) // want 13: cannot convert f (variable of type float64) to type []rune
	_ = int(1 + 2i) // want 10: cannot convert 1 + 2i (untyped complex constant (1 + 2i)) to type int
	var b bool = 1 // want 15: cannot use 1 (untyped int constant) as bool value in variable declaration
	println(s, i, f, b)
}
