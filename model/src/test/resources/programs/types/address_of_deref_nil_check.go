// `&*p` and `(*p).M()` with a pointer method load nothing through p, yet a nil p panics there with the nil
// dereference error, while `p.M()` calls M with the nil receiver; slicing a nil array pointer panics, ranging
// over it without a value variable or taking its len does not. A deferred call's `&*p` argument panics at the
// defer statement.
package main

import "fmt"

type T struct{ x int }

func (t *T) M() { fmt.Println("M called, nil receiver:", t == nil) }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func show(p *T) { fmt.Println("show", p != nil) }

func deferred(p *T) (r int) {
	defer func() {
		fmt.Println("deferred recovered:", recover(), "r =", r)
	}()
	defer show(&*p)
	r = 1
	return 2
}

func main() {
	var p *T
	try("(*p).M()", func() { (*p).M() })
	try("&*p", func() { q := &*p; fmt.Println(q == nil) })
	try("p.M()", func() { p.M() })
	try("&(*p).x", func() { q := &(*p).x; fmt.Println(q == nil) })
	var a *[3]int
	try("a[:]", func() { fmt.Println(len(a[:])) })
	try("range a", func() {
		for i := range a {
			fmt.Print(i, " ")
		}
		fmt.Println()
	})
	try("len(a)", func() { fmt.Println(len(a)) })
	fmt.Println("deferred returns", deferred(nil))
	fmt.Println("deferred returns", deferred(&T{}))
}
