package main

import "fmt"

// Conversions from a slice to an array pointer (go1.17) or an array (go1.20) need identical element types;
// before go1.20 the array conversion is an error.
func main() {
	s := []int{1, 2, 3}
	a := [2]int(s) // want[-1.19] 14: cannot convert s (variable of type []int) to type [2]int
	p := (*[2]int)(s)
	q := (*[2]string)(s) // want 20: cannot convert s (variable of type []int) to type *[2]string
	b := [2]int64(s) // want 16: cannot convert s (variable of type []int) to type [2]int64
	c := [2]int(p) // want 14: cannot convert p (variable of type *[2]int) to type [2]int
	fmt.Println(a, p, q, b, c)
}
