package main

import "fmt"

// The parser reads the whole Go grammar; what the model does not run is refused by name.
type Number interface {
	~int | ~float64
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

type pair struct {
	a, b int `json:"a"`
	fmt.Stringer
}

func (p *pair) swap() { p.a, p.b = p.b, p.a }

func main() {
	fmt.Println(Sum(1, 2), 'r', 1.5, 2i)
}
