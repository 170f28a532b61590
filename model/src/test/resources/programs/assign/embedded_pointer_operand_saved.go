// In a tuple assignment a promoted field reached through an embedded pointer is an implicit pointer
// indirection: the embedded pointer is loaded in the first phase, so `o.Inner, o.n = b, 10` writes the old
// Inner's n; with a nil outer pointer the fault comes before any assignment, with a nil embedded pointer
// after the earlier ones, as a deferred closure reading the named result shows.
package main

import "fmt"

type Inner struct{ n int }

type Outer struct {
	*Inner
	m int
}

type Wrapper struct {
	Outer
	tag string
}

func nilOuter(p *Outer) (x int) {
	defer func() { fmt.Println("nilOuter:", recover() != nil, "x =", x) }()
	x, p.n = 5, 2
	return 1
}

func nilInner(p *Outer) (x int) {
	defer func() { fmt.Println("nilInner:", recover() != nil, "x =", x) }()
	x, p.n = 5, 2
	return 1
}

func main() {
	a := &Inner{1}
	b := &Inner{2}
	o := Outer{a, 0}
	o.Inner, o.n = b, 10
	fmt.Println("a.n b.n:", a.n, b.n, "o.n:", o.n)
	p := &Outer{a, 0}
	p.Inner, p.n, p.m = b, 20, p.n
	fmt.Println("a.n b.n:", a.n, b.n, "p.m:", p.m)
	w := Wrapper{Outer{a, 0}, "w"}
	w.Outer, w.n, w.tag = Outer{b, 7}, 30, "x"
	fmt.Println("a.n b.n:", a.n, b.n, "w.m:", w.m, w.tag)
	o.Inner, o.Inner.n = a, 40
	fmt.Println("a.n b.n:", a.n, b.n)
	nilOuter(nil)
	nilInner(&Outer{})
}
