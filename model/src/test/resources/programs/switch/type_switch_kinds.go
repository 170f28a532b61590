package main

import "fmt"

type token struct{}

type marker struct{}

// Each clause's variable has the clause's single type (so a func can be deferred and an array compared),
// or the operand's interface type when the clause lists several types; a nil *int in an interface is not
// the nil case.
func kind(v any) (s string) {
	switch t := v.(type) {
	case nil:
		s = "nil interface"
	case func():
		defer t()
		s = "func, deferred"
	case [2]int:
		s = fmt.Sprint("array equal to [2]int{}: ", t == [2]int{})
	case *int:
		s = fmt.Sprint("*int, nil: ", t == nil)
	case token, marker:
		_, isToken := t.(token)
		s = fmt.Sprint("token or marker, a token: ", isToken)
	case bool, string:
		s = fmt.Sprint("bool or string ", t)
	case any:
		s = fmt.Sprint("something else ", t)
	}
	return
}

func main() {
	var p *int
	x := 3
	fmt.Println(kind(nil))
	fmt.Println(kind(func() { fmt.Println("  the deferred func runs") }))
	fmt.Println(kind([2]int{}))
	fmt.Println(kind(p))
	fmt.Println(kind(&x))
	fmt.Println(kind(token{}))
	fmt.Println(kind(marker{}))
	fmt.Println(kind(false))
	fmt.Println(kind("s"))
	fmt.Println(kind(7))
	fmt.Println(kind(struct{}{}))
}
