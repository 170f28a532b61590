package main

type S struct{}

func (S) M[T any]() {} // want 11: syntax error: method must have no type parameters

func main() {}
