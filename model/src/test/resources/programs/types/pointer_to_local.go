// &x points at the variable itself: writes are seen through every pointer, a deferred call reads through its pointer late, and from 1.22 each iteration's loop variable has its own address.
package main

import "fmt"

func twice(p *int) int { return *p * 2 }

func main() {
	x := 1
	p := &x
	q := &(x)
	defer func(p *int) { fmt.Println("deferred read:", *p) }(p)
	x = 5
	fmt.Println(*p, *q, p == q, p != nil, twice(&x))
	var box any = p
	fmt.Println(box.(*int) == q)
	bump := func() *int {
		x++
		return &x
	}
	fmt.Println(*bump(), x)
	var first, last *int
	for i := 0; i < 3; i++ {
		if first == nil {
			first = &i
		}
		last = &i
	}
	fmt.Println(first == last, *first, *last)
}
