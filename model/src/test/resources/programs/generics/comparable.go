package main

import "fmt"

// comparable: == and != on a type parameter, map keys of a type parameter, and struct and array type
// arguments compared field by field.

func Index[T comparable](xs []T, x T) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

type Set[T comparable] struct {
	m map[T]bool
}

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]bool)}
	for _, x := range xs {
		s.m[x] = true
	}
	return s
}

func (s *Set[T]) Has(x T) bool { return s.m[x] }

func (s *Set[T]) Len() int { return len(s.m) }

type Point struct{ X, Y int }

func Dedup[K comparable](xs []K) []K {
	seen := map[K]bool{}
	var out []K
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func main() {
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]float64{1, 2}, 3))
	fmt.Println(Index([]Point{{1, 2}, {3, 4}}, Point{3, 4}), Index([][2]int{{1, 2}}, [2]int{1, 2}))
	s := NewSet(Point{1, 1}, Point{1, 1}, Point{2, 2})
	fmt.Println(s.Has(Point{2, 2}), s.Has(Point{}), s.Len())
	fmt.Println(Dedup([]int{3, 1, 3, 2, 1}), Dedup([]bool{true, true}))
	fmt.Printf("%T\n", s)
}
