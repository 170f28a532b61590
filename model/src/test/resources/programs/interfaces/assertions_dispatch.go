package main

import "fmt"

type Shape interface {
	Area() float64
}

type Named interface {
	Shape
	Name() string
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }
func (s Square) Name() string  { return "square" }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func kind(x any) string {
	if x == nil {
		return "nil"
	}
	if v, ok := x.(Named); ok {
		return "named " + v.Name()
	}
	if v, ok := x.(Shape); ok {
		return fmt.Sprint("shape ", v.Area())
	}
	if v, ok := x.(int); ok {
		return fmt.Sprintf("basic %v", v)
	}
	return fmt.Sprintf("other %T", x)
}

func mustArea(x any) (a float64) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			a = -1
		}
	}()
	return x.(Shape).Area()
}

// Interfaces dispatch dynamically; assertions to interfaces check the method set (comma-ok or not); a
// failed assertion panics with the runtime's interface conversion error.
func main() {
	shapes := []Shape{Square{2}, &Circle{1}}
	for _, s := range shapes {
		_, named := s.(Named)
		fmt.Println(s.Area(), named, kind(s))
	}
	fmt.Println(kind(nil), kind(3), kind("x"), kind(2.5), kind(Circle{}))
	fmt.Println(mustArea(Square{3}), mustArea(Circle{1}), mustArea(42))
	var s Shape = Square{1}
	defer func() { fmt.Println("main recovered:", recover()) }()
	_ = s.(*Circle)
}
