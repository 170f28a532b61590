package main

import (
	"errors"
	"fmt"
)

// errors.As checks its target first and panics with errors' own texts; a deferred recover reports each one.
// go1.19 checks the target even when err is nil; from go1.20 a nil err returns false first.

type myErr struct{}

func (myErr) Error() string { return "myErr" }

func try(name string, err error, target any) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered %T: %v\n", name, r, r)
		}
	}()
	fmt.Println(name+":", errors.As(err, target))
}

func main() {
	e := myErr{}
	var n int
	var m myErr
	var p *myErr
	var i interface{ Error() string }
	try("nil target", e, nil)
	try("non-pointer", e, m)
	try("nil pointer", e, p)
	try("pointer to int", e, &n)
	try("pointer to myErr", e, &m)
	try("pointer to interface", e, &i)
	try("nil err, bad target", nil, &n)
	fmt.Println("i holds", i)
	errors.As(e, 5)
}
