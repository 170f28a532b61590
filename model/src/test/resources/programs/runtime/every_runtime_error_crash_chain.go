// Every kind of run-time error, unrecovered: a division by zero starts the panic and each deferred closure
// raises the next kind while it unwinds (makeslice len, negative shift, missing method, interface conversion,
// nil dereference, nil map write, slice bounds, index), so the crash prints all nine, oldest first, later ones
// tab-indented, each with the runtime's text.
package main

import "fmt"

type Named interface{ Name() string }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type P struct{ x int }

var (
	s          = []int{1, 2, 3}
	i, j, n, z = 5, 1, -1, 0
	m          map[string]int
	p          *P
	a          any = Sq{3}
)

func main() {
	defer fmt.Println("last deferred call, then the crash")
	defer func() { _ = s[i] }()
	defer func() { _ = s[i-2 : j] }()
	defer func() { m["k"] = 1 }()
	defer func() { fmt.Println(p.x) }()
	defer func() { _ = a.(int) }()
	defer func() { _ = a.(Named) }()
	defer func() { _ = 1 << n }()
	defer func() { _ = make([]int, n) }()
	fmt.Println("dividing by", z)
	fmt.Println(i / z)
}
