package main

import "fmt"

type Point struct{ X, Y int }

type Box struct {
	P    Point
	Tags [2]string
}

func show(label string, b Box) {
	fmt.Println(label, b.P.X, b.P.Y, b.Tags)
}

// A struct or array argument of a deferred call is copied at the defer statement; later writes to
// the variable, its fields or its elements do not reach the deferred call, but a closure sees them.
func main() {
	b := Box{P: Point{1, 2}, Tags: [2]string{"a", "b"}}
	defer show("arg:", b)
	defer func() { show("closure:", b) }()
	p := &b.P
	p.X = 10
	b.Tags[1] = "z"
	arr := [3]int{1, 2, 3}
	defer fmt.Println("array arg:", arr)
	q := &arr[2]
	*q = 30
	c := b
	c.P.Y = 99
	fmt.Println(b, c, arr, b == c, b.P == Point{10, 2})
}
