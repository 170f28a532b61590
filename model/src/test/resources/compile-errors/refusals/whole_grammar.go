package main

import "fmt"

// The parser reads the whole Go grammar; what the model does not run is refused by name.
type Number interface { // want 13: unsupported: non-empty interface type
	~int | ~float64
}

func Sum[T Number](xs ...T) (s T) { // want 6: unsupported: generic functions
	for _, x := range xs {
		s += x
	}
	return
}

type pair struct { // want 11: unsupported: struct types with fields
	a, b int `json:"a"`
	fmt.Stringer
}

func (p *pair) swap() { p.a, p.b = p.b, p.a } // want 16: unsupported: methods

func main() {
	fmt.Println(Sum(1, 2), 'r', 1.5, 2i) // want 25: unsupported: rune literals // want 30: unsupported: floating-point numbers // want 35: unsupported: complex numbers
}
