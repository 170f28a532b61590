package main

import "fmt"

type S struct{}

func (S) M() {}

type I interface{ M() }

// An unnamed struct type that embeds a type with methods has those methods too, but the model builds method
// sets only for defined types: its values cannot become interface values.
func main() {
	v := struct{ S }{}
	v.M()
	var i I = v // want 12: unsupported: method sets of unnamed struct types with embedded fields
	fmt.Println(i)
}
