package main

type T struct{ x int }

func (t T) M()  {}
func (t *T) M() {} // want[-1.19] 13: T.M redeclared in this block\n\tprog.go:5:12: other declaration of M // want[1.21-] 13: method T.M already declared at prog.go:5:12

func (t T) x() {} // want 12: field and method with the same name x\n\tprog.go:3:16: other declaration of x

type P *T

func (p P) N() {} // want 7: invalid receiver type P (pointer or interface type)

func (i int) Bad() {} // want 7: cannot define new methods on non-local type int

type I interface{ M() }

func (i I) Foo() {} // want 7: invalid receiver type I (pointer or interface type)

func (t T) Dup(a, a int) {} // want 19: a redeclared in this block\n\tprog.go:20:16: other declaration of a

func (undefined) Z() {} // want 7: undefined: undefined

func main() {
	var t T
	t.Nope() // want 4: t.Nope undefined (type T has no field or method Nope)
	T.M(t, 1) // want 9: too many arguments in call to T.M\n\thave (T, number)\n\twant (T)
}
