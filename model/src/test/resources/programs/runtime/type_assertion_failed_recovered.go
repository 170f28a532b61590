// A failed type assertion on any panics with an interface conversion error; recovered values print the exact messages.
package main

import "fmt"

func try(v any) {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	n := v.(int)
	fmt.Println("got int", n)
}

func tryErr(v any) {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	e := v.(error)
	fmt.Println("got error", e)
}

func main() {
	try(5)
	try("five")
	try(true)
	try(nil)
	tryErr(3)
	tryErr(nil)
}
