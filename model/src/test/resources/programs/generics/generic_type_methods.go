package main

import "fmt"

// A generic type with value and pointer methods: each instantiation is a type of its own, printed with its
// type arguments (main.Stack[int]); a method of an instance runs like any method, and a crash names the type.

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() T {
	if len(s.items) == 0 {
		panic(fmt.Sprintf("Pop of an empty %T", s))
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Pop(), s.Len())
	p := Pair[string, int]{"x", 1}
	fmt.Println(p, Pair[int, bool]{2, true})
	fmt.Printf("%T %T %v %+v\n", p, &s, s, p)
	var ps Stack[Pair[string, int]]
	ps.Push(p)
	fmt.Printf("%T %v\n", ps, ps)
	l := &List[float64]{val: 1, next: &List[float64]{val: 2}}
	fmt.Println(l.Len())
	var empty Stack[[]byte]
	empty.Pop()
}
