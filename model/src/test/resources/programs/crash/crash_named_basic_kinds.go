// A crash prints every panic of the chain as runtime.printpanicval does: basic values bare (floats and
// complex numbers in the runtime's e-notation), values of defined basic types as main.T(v) (a complex one
// without parentheses of its own: main.C(+1.000000e+000+2.000000e+000i)), strings quoted, other types as
// (T) and an address; each deferred call's panic replaces the one before it on the chain.
package main

type S string
type F float64
type C complex128
type B bool
type U uint8
type I int
type E struct{ a int }
type M map[string]int

func main() {
	defer func() { panic(S("str\nline")) }()
	defer func() { panic(F(1.5)) }()
	defer func() { panic(C(1 + 2i)) }()
	defer func() { panic(B(true)) }()
	defer func() { panic(U(7)) }()
	defer func() { panic(I(-3)) }()
	defer func() { panic(3.25) }()
	defer func() { panic(float32(0.1)) }()
	defer func() { panic(complex64(1)) }()
	defer func() { panic(uintptr(9)) }()
	defer func() { panic(int8(-8)) }()
	defer func() { panic('x') }()
	defer func() { panic(byte(200)) }()
	defer func() { panic(E{1}) }()
	defer func() { panic([2]int{1, 2}) }()
	panic("first")
}
