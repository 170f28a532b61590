package main

type K struct{ s []int }

func main() {
	var m map[[]int]string // want 12: invalid map key type []int
	var n map[K]int // want 12: invalid map key type K
	x := map[string]int{"a": 1, "a": 2} // want 30: duplicate key "a" in map literal
	y := map[string]int{1: 1} // want 22: cannot use 1 (untyped int constant) as string value in map literal
	delete(x, 1) // want 12: cannot use 1 (untyped int constant) as string value in argument to delete
	delete(x) // want 2: invalid operation: not enough arguments for delete(x) (expected 2, found 1)
	_ = x == x // want 6: invalid operation: x == x (map can only be compared to nil)
	z := make(map[string]int, "n") // want[-1.19] 28: cannot convert "n" (untyped string constant) to int // want[1.21-] 28: cannot convert "n" (untyped string constant) to type int
	println(m, n, y, z)
}
