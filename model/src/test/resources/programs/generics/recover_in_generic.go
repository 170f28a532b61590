package main

import "fmt"

// recover in a generic function: a deferred closure of an instantiation recovers a panic and sets the
// named results, whatever the type argument; a panic value of a generic type prints with its type arguments.

type Result[T any] struct {
	Val T
	Err string
}

func Try[T any](f func() T) (r Result[T]) {
	defer func() {
		if e := recover(); e != nil {
			r.Err = fmt.Sprint("recovered: ", e)
		}
	}()
	return Result[T]{Val: f()}
}

type Oops[T any] struct{ what T }

func (o Oops[T]) Error() string { return fmt.Sprintf("oops %v", o.what) }

func Div[T ~int | ~int64](a, b T) T { return a / b }

func main() {
	fmt.Printf("%+v\n", Try(func() int { return Div(7, 2) }))
	fmt.Printf("%+v\n", Try(func() int64 { return Div[int64](1, 0) }))
	fmt.Printf("%+v\n", Try(func() string { panic(Oops[string]{"x"}) }))
	fmt.Printf("%+v\n", Try(func() []int { var s []int; return s[:3] }))
	defer func() {
		e := recover()
		fmt.Printf("%T %v\n", e, e)
		panic(Oops[float64]{2.5})
	}()
	panic(Oops[int]{1})
}
