package main

import "fmt"

type Acc struct{ n int }

func (a Acc) Value(label string) { fmt.Println(label, "value receiver sees", a.n) }

func (a *Acc) Pointer(label string) { fmt.Println(label, "pointer receiver sees", a.n) }

func (a *Acc) Add(d int) *Acc { a.n += d; return a }

// `defer x.M()` evaluates the receiver at the defer statement: a value receiver is copied then, a
// pointer receiver (automatic &x) sees later writes. The chain a.Add(1).Add(2) runs at the defer
// statement; only the last call is deferred.
func main() {
	var a Acc
	defer a.Value("1:")
	defer a.Pointer("2:")
	defer a.Add(1).Add(2).Value("3:")
	a.n = 10
	p := &a
	defer p.Value("4:")
	p.n = 20
	m := a.Value
	defer m("5:")
	a.n = 30
}
