package main

import "fmt"

// float32 rounds after every operation, float64 is IEEE double, complex128 is a pair of them; the
// runtime's print and fmt spell them differently.
func main() {
	var f float32 = 1.0 / 3
	var g float64 = 1.0 / 3
	h := float32(g) * 3
	println(f, g, h)
	fmt.Println(f, g, h, float64(f))
	c := complex(1, 2)
	c = c * c
	println(c)
	fmt.Println(c, real(c), imag(c), complex64(c))
	defer func(x float64) {
		fmt.Println("deferred:", x, -1.7976931348623157e308, float32(x))
	}(g * 2)
	g = 0
	x, y := 2.9, 257.5
	fmt.Println(int(x), int(-x), int64(float32(1e10)), uint8(int(y)))
	nan := g / g
	fmt.Println(nan == nan, nan != nan, -g, 1/-g)
}
