package main

import "fmt"

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Code uint8

// A crash prints each panic value through its Error or String method (runtime.preprintpanics), called
// when the crash happens, so a deferred write to the value shows; other defined types print as main.T(v).
func main() {
	e := &NotFound{"k1"}
	defer func() {
		defer func() {
			panic(Code(7))
		}()
		panic(Level(1))
	}()
	defer func() { e.Key = "k2" }()
	fmt.Println(e, Level(0))
	panic(e)
}
