package main

import "fmt"

// Constraints: a type set with ~ (every type whose underlying type is listed), methods, both together, and
// operators a type parameter allows because every type of its type set allows them.

type Ordered interface {
	~int | ~int8 | ~float64 | ~string
}

type Shape interface {
	Area() float64
	Name() string
}

type Labelled interface {
	~string
	Label() string
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }
func (q Sq) Name() string  { return "square" }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (c *Circle) Name() string  { return "circle" }

type Tag string

func (t Tag) Label() string { return "#" + string(t) }

type Small int8

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Total[S Shape](shapes []S) float64 {
	t := 0.0
	for _, s := range shapes {
		defer fmt.Println("visited", s.Name())
		t += s.Area()
	}
	return t
}

func Show[T Labelled](x T) string {
	return string(x) + " " + x.Label() + fmt.Sprint(len(x))
}

func Grow[T ~int8 | ~int](x T) T {
	x *= 16
	x++
	return -x + 1
}

func Half[T ~int | ~float64](x T) T { return x / 2 }

func main() {
	fmt.Println(Max(3, 7), Max("a", "b"), Max[float64](2, 1.5), Max(Small(-3), 4))
	fmt.Println(Total([]Sq{{1}, {2}}))
	fmt.Println(Total([]*Circle{{1}}))
	fmt.Println(Show(Tag("go")))
	fmt.Println(Grow(Small(10)), Grow(1000))
	fmt.Println(Half(7), Half(7.0))
}
