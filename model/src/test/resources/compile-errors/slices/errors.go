package main

func main() {
	s := []int{1, 2, 3}
	a := [3]int{}
	_ = s[1.5] // want 8: 1.5 (untyped float constant) truncated to int
	_ = a[3] // want 8: invalid argument: index 3 out of bounds [0:3]
	_ = a[-1] // want 8: invalid argument: index -1 (constant of type int) must not be negative
	_ = s[2:1] // want 10: invalid slice indices: 1 < 2
	_ = a[1:2:1] // want 12: invalid slice indices: 1 < 2
	_ = "abc"[1:2:3] // want 16: invalid operation: 3-index slice of string
	_ = s[:]
	s[1] = "x" // want 9: cannot use "x" (untyped string constant) as int value in assignment
	_ = append(s, "x") // want 16: cannot use "x" (untyped string constant) as int value in argument to append
	_ = append(1, 2) // want 13: first argument to append must be a slice; have 1 (untyped int constant)
	println(a[0])
}
