// Nil pointers: a *T variable starts nil, equals nil and other nil *T, and prints as <nil> (fmt) or 0x0 (print).
package main

import "fmt"

var global *string

func nilInt() *int { return nil }

func main() {
	var p *int
	q := nilInt()
	fmt.Println(p, global, p == nil, p == q, nil != q)
	println(p, global)
	var x any = p
	r, ok := x.(*int)
	_, isString := x.(*string)
	fmt.Println(x == nil, r == nil, ok, isString)
	var pp **int
	var pa *[2]int
	fmt.Println(pp == nil, pa, (*int)(nil) == p)
}
