package main

import "fmt"

// Deferred calls of generic functions (type arguments written and inferred) and of methods of a generic
// type: the arguments, and the receiver of a value method, are evaluated and copied at the defer statement.

type Counter[T any] struct {
	n    int
	last T
}

func (c Counter[T]) Report(tag string) { fmt.Println(tag, c.n, c.last) }

func (c *Counter[T]) Add(x T) {
	c.n++
	c.last = x
}

func Show[T any](label string, x T) { fmt.Printf("%s %v (%T)\n", label, x, x) }

func Work[T any](xs []T) (n int) {
	var c Counter[T]
	defer func() { n = c.n * 10 }()
	defer c.Report("value receiver copied at defer:")
	defer (&c).Report("pointer deref at defer:")
	for _, x := range xs {
		defer c.Add(x)
		c.Add(x)
	}
	report := c.Report
	defer report("method value bound at defer:")
	c.Add(xs[0])
	return c.n
}

func main() {
	defer Show("explicit", 3)
	defer Show[float64]("instantiated", 3)
	x := "first"
	defer Show("inferred", x)
	x = "second"
	fmt.Println(Work([]string{"a", "b"}))
	fmt.Println(Work([]int{7}))
}
