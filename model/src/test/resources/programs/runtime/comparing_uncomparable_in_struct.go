// Comparing structs and arrays goes field by field in source order and stops at the first difference: an
// interface field holding a slice or func panics only if the comparison reaches it (test/fixedbugs/issue8606.go).
// A map key with such a field cannot be hashed. Deferred recovers print each runtime error.
package main

import "fmt"

type Pair struct {
	a any
	n int
}

type Rev struct {
	n int
	a any
}

type A [2]any

func try(name string, x, y any) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	fmt.Println(name, x == y)
}

func main() {
	b := []byte{1}
	f := func() {}
	try("pair same slice", Pair{b, 1}, Pair{b, 2})
	try("rev differs first", Rev{1, b}, Rev{2, b})
	try("rev equal ints", Rev{1, f}, Rev{1, f})
	try("array types differ", A{1, b}, A{"1", b})
	try("array slice first", A{b, 1}, A{b, 2})
	try("different dynamic types", Pair{1, 1}, Rev{1, 1})
	m := map[any]int{}
	defer func() { fmt.Println("map:", recover(), len(m)) }()
	m[Pair{1, 2}] = 1
	m[Rev{3, f}] = 2
}
