// A deferred variadic call builds its ...-slice at the defer statement: later writes to the listed variables
// do not reach it; `defer f(xs...)` passes xs itself, so later element writes show but a later append or
// reassignment of xs does not; a variadic method and a `...any` function behave the same.
package main

import "fmt"

type Log struct{ prefix string }

func (l Log) Print(parts ...any) {
	fmt.Println(append([]any{l.prefix}, parts...)...)
}

func sum(label string, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println(label, len(xs), xs == nil, t, xs)
}

func show(vs ...any) { fmt.Println(vs...) }

func main() {
	a, b := 1, 2
	xs := []int{10, 20, 30}
	defer sum("none")
	defer sum("listed", a, b)
	defer sum("spread", xs...)
	defer sum("spread sub-slice", xs[1:]...)
	l := Log{"log:"}
	defer l.Print("method value", a, xs)
	vs := []any{"println", a}
	defer show(vs...)
	a, b = 100, 200
	xs[0] = 11
	xs = append(xs, 40)
	xs[1] = 21
	vs[1] = "changed"
	l.prefix = "LOG:"
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	defer sum("panicking argument", xs[a])
	fmt.Println("not reached")
}
