// Empty struct types: terr{} is the zero value, values of one type are all equal, an interface keeps the defined type (main.terr) for assertions and their messages.
package main

import "fmt"

type terr struct{}

type unit struct{}

func fail() {
	panic(terr{})
}

func main() {
	var x any = terr{}
	_, isUnit := x.(unit)
	fmt.Println(x, isUnit, x == any(terr{}), terr{} == terr{}, struct{}{}, [2]terr{})
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	defer func() {
		r := recover()
		_, ok := r.(terr)
		fmt.Println("recovered a terr:", ok)
		_ = r.(int)
	}()
	fail()
}
