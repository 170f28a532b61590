package main

func main() {
	s := []int{1, 2, 3}
	_ = copy(s, "ab") // want 11: invalid argument: arguments to copy s (variable of type []int) and "ab" (untyped string constant) have different element types int and byte
	_ = make([]int) // want 6: invalid operation: make([]int) expects 2 or 3 arguments; found 1
	_ = make([]int, -1) // want 18: invalid argument: index -1 (constant of type int) must not be negative
	_ = make([]int, 3, 2) // want 18: invalid argument: length and capacity swapped
	_ = len(1) // want[1.23-] 10: invalid argument: 1 (untyped int constant) for built-in len // want[-1.22] 10: invalid argument: 1 (untyped int constant) for len
	_ = cap(map[int]int{}) // want[1.23-] 10: invalid argument: map[int]int{} (value of type map[int]int) for built-in cap // want[-1.22] 10: invalid argument: map[int]int{} (value of type map[int]int) for cap
	_ = s == s // want 6: invalid operation: s == s (slice can only be compared to nil)
	var t []string = s // want[1.21-] 19: cannot use s (variable of type []int) as []string value in variable declaration // want[-1.19] 19: cannot use s (variable of type []int) as type []string in variable declaration
	_ = append(nil, 1) // want 13: first argument to append must be a slice; have untyped nil
	_ = append(s, s) // want[1.21-] 16: cannot use s (variable of type []int) as int value in argument to append // want[-1.19] 16: cannot use s (variable of type []int) as type int in argument to append
	println(t)
}
