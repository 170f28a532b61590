package main

import "fmt"

type S struct{}

func (S) M() {}

type P struct{}

func (*P) M() {}

type I interface{ M() }

// An unnamed struct type that embeds a type with methods has the promoted methods in its method set; a
// pointer-receiver method of an embedded value is only in the pointer's set (Go spec "Method sets").
func main() {
	v := struct{ S }{}
	var i I = v
	w := struct{ P }{}
	var j I = w // want[1.21-] 12: cannot use w (variable of type struct{P}) as I value in variable declaration: struct{P} does not implement I (method M has pointer receiver) // want[-1.19] 12: cannot use w (variable of type struct{P}) as type I in variable declaration:\n\tstruct{P} does not implement I (M method has pointer receiver)
	var k I = &w
	var l I = struct{ *P }{}
	var m I = struct{ I }{}
	var n I = struct{ x int }{} // want[1.21-] 12: cannot use struct{x int}{} (value of type struct{x int}) as I value in variable declaration: struct{x int} does not implement I (missing method M) // want[-1.19] 12: cannot use struct{x int}{} (value of type struct{x int}) as type I in variable declaration:\n\tstruct{x int} does not implement I (missing M method)
	fmt.Println(i, j, k, l, m, n)
}
