// Nil pointers: a *T variable starts nil, equals nil and other nil *T, and print writes 0x0 (fmt of a pointer is outside the subset).
package main

import "fmt"

var global *string

func nilInt() *int { return nil }

func main() {
	var p *int
	q := nilInt()
	fmt.Println(p == nil, global == nil, p == q, nil != q)
	println(p, global)
	var x any = p
	r, ok := x.(*int)
	_, isString := x.(*string)
	fmt.Println(x == nil, r == nil, ok, isString)
	var pp **int
	var pa *[2]int
	println(pa)
	fmt.Println(pp == nil, (*int)(nil) == p)
}
