// Converting a slice to an array pointer (go1.17) shares the slice's elements from its offset: a deferred
// call given `*p` keeps the values of the defer statement, a deferred closure given p sees later writes, and
// &p[0] is &s[1]. A slice shorter than the array panics with the runtime's text, which go1.20 changed to name
// arrays too; a nil slice gives a nil pointer. (Conversions to arrays, go1.20, run in Go's test convert4.go.)
package main

import "fmt"

func convert(s []int, n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	switch n {
	case 2:
		_ = (*[2]int)(s)
	case 4:
		_ = (*[4]int)(s)
	}
	return nil
}

func main() {
	s := make([]int, 4, 6)
	for i := range s {
		s[i] = i + 1
	}
	p := (*[2]int)(s[1:])
	defer fmt.Println("deferred with the pointer:", *p, p[0], len(p))
	defer func(q *[2]int) { fmt.Println("deferred closure reads through it:", *q) }(p)
	p[1] = 30
	s[1] = 20
	fmt.Println(s, *p, &p[0] == &s[1])
	for i, v := range p {
		fmt.Println("range over the pointer:", i, v)
	}
	t := p[:]
	t[0] = 200
	fmt.Println(s, len(t), cap(t))
	var nilSlice []int
	fmt.Println((*[0]int)(nilSlice) == nil, (*[0]int)(s) == nil)
	fmt.Println(convert(s, 2))
	fmt.Println(convert(s[:3], 4))
	fmt.Println(convert(nilSlice, 2))
}
