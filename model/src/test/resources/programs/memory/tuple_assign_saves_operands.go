// A tuple assignment first evaluates the operands of its index expressions and pointer indirections, then
// assigns left to right: `p, p.n = q, 1` writes the old p's field, `i, a[i] = 1, 9` the old index. A nil
// pointer or an index out of range faults at its own assignment, after the earlier ones, and a deferred
// closure sees what was assigned before the panic.
package main

import "fmt"

type T struct{ n int }

func faults() (x int, s []int) {
	defer func() {
		fmt.Println("recovered:", recover(), "x =", x)
	}()
	var p *T
	s = []int{0}
	x, p.n = 1, 2
	return
}

func bounds() (x int) {
	defer func() {
		fmt.Println("recovered:", recover(), "x =", x)
	}()
	s := []int{0}
	x, s[1] = 3, 4
	return
}

func main() {
	a, b := &T{}, &T{}
	p := a
	p, p.n = b, 1
	fmt.Println(a.n, b.n, p == b)
	arr := [3]int{}
	i := 0
	i, arr[i] = 2, 9
	fmt.Println(i, arr)
	m := map[int]int{}
	k := 5
	k, m[k] = 6, 7
	fmt.Println(k, m)
	fmt.Println(faults())
	fmt.Println(bounds())
	defer fmt.Println("deferred sees", a.n, i)
	a.n, i = 10, 20
}
