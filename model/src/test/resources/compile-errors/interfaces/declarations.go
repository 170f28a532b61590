package main

type A interface {
	M()
	M() // want[-1.22] 2: duplicate method M\n\tprog.go:4:2: other declaration of M // want[1.23-] 2: duplicate method M\n\tprog.go:4:2: other declaration of method M
}

type B interface {
	A // want[-1.22] 2: duplicate method M\n\tprog.go:10:2: other declaration of M // want[1.23-] 2: duplicate method M\n\tprog.go:10:2: other declaration of method M
	M(int)
}

type C interface {
	int
}

type D interface { // want[-1.19] 6: invalid recursive type D\n\tprog.go:17:6: D refers to\n\tprog.go:17:6: D // want[1.21-] 6: invalid recursive type: D refers to itself
	D
}

func f(c C) {} // want 10: cannot use type C outside a type constraint: interface contains type constraints

type E interface{ N() }

func main() {
	var a A
	var e E = a // want[1.21-] 12: cannot use a (variable of type A) as E value in variable declaration: A does not implement E (missing method N) // want[-1.19] 12: cannot use a (variable of type A) as type E in variable declaration:\n\tA does not implement E (missing N method)
	var cmp comparable // want 10: cannot use type comparable outside a type constraint: interface is (or embeds) comparable
	println(a, e, cmp)
}
