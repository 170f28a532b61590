package main

import "fmt"

type T struct{ n int }

func (t *T) Ptr() { fmt.Println("Ptr on nil:", t == nil) }

func (t T) Val() { fmt.Println("Val", t.n) }

type I interface{ Val() }

func deferNilInterface() {
	defer func() { fmt.Println("1 recovered:", recover()) }()
	var i I
	defer i.Val()
	fmt.Println("not reached")
}

func deferNilPointerValueMethod() {
	defer func() { fmt.Println("2 recovered:", recover()) }()
	var p *T
	defer p.Ptr()
	defer p.Val()
	fmt.Println("not reached")
}

// `defer i.M()` with a nil interface and `defer p.M()` of a value method through a nil pointer panic
// at the defer statement (the receiver is evaluated there); a pointer method on a nil pointer is fine.
func main() {
	deferNilInterface()
	deferNilPointerValueMethod()
	var p *T
	p.Ptr()
}
