package main

type Embeds[T any] struct{ T } // want 28: embedded field type cannot be a (pointer to a) type parameter

type Ptr[T any] struct{ *T } // want 25: embedded field type cannot be a (pointer to a) type parameter

type Plain[T any] T // want 19: cannot use a type parameter as RHS in type declaration

func asConstraint[T any, U T]() {} // want 28: cannot use a type parameter as constraint

func asTerm[T ~int | U, U any]() {} // want 22: term cannot be a type parameter

type Node[T any] struct {
	next *Node[T]
	val  T
}

func main() {
	var n Node[int]
	_ = n
}
