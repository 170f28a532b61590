package main

type Number interface{ ~int | ~float64 }

type Stringer interface{ String() string }

func num[T Number](x T) T { return x }

func str[T Stringer](x T) string { return x.String() }

func cmp[T comparable](x T) bool { return x == x }

func pair[T any](x, y T) {}

func one[T any](x T) {}

type Box[T Number] struct{ v T }

type S struct{}

func (S) String() string { return "s" }

func main() {
	num("a") // want[-1.19] 5: string does not implement Number (string missing in ~int | ~float64) // want[1.21-] 5: string does not satisfy Number (string missing in ~int | ~float64)
	num[string]("b") // want[-1.19] 6: string does not implement Number (string missing in ~int | ~float64) // want[1.21-] 6: string does not satisfy Number (string missing in ~int | ~float64)
	str(3) // want[-1.19] 5: int does not implement Stringer (missing String method) // want[1.21-] 5: int does not satisfy Stringer (missing method String)
	str(S{})
	cmp([]int{}) // want[-1.19] 5: []int does not implement comparable // want[1.21-] 5: []int does not satisfy comparable
	var s string
	var i int
	pair(i, s) // want[1.23-] 10: in call to pair, type string of s does not match inferred type int for T // want[-1.22] 10: type string of s does not match inferred type int for T
	one[int, int](1) // want 11: got 2 type arguments but want 1
	var b Box[string] // want[-1.19] 12: string does not implement Number (string missing in ~int | ~float64) // want[1.21-] 12: string does not satisfy Number (string missing in ~int | ~float64)
	var c Box[int]
	_, _ = b, c
	pair(1, "a") // want[-1.19] 10: default type string of "a" does not match inferred type int for T // want[1.23-] 10: in call to pair, mismatched types untyped int and untyped string (cannot infer T) // want[1.21-1.22] 10: mismatched types untyped int and untyped string (cannot infer T)
	_ = num(1.5) + num(2) // want 6: invalid operation: num(1.5) + num(2) (mismatched types float64 and int)
}
