// The comma-ok form of a type assertion never panics; it yields the zero value and false.
package main

import "fmt"

func main() {
	defer func() { fmt.Println("recover:", recover()) }()
	var v any = "str"
	n, ok := v.(int)
	fmt.Println(n, ok)
	s, ok := v.(string)
	fmt.Println(s, ok)
	var none any
	b, ok := none.(bool)
	fmt.Println(b, ok)
	e, ok := v.(error)
	fmt.Println(e, ok)
	f, ok := v.(func())
	fmt.Println(f == nil, ok)
}
