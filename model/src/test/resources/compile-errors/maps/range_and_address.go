package main

type P struct{ x int }

func main() {
	x := map[string]int{"a": 1}
	v, ok := x["a"], true
	for k, v, w := range x { // want[1.23-] 6: declared and not used: k // want[1.21-1.22] 6: k declared and not used // want[-1.19] 6: k declared but not used // want[1.23-] 9: declared and not used: v // want[1.21-1.22] 9: v declared and not used // want[-1.19] 9: v declared but not used // want 12: range clause permits at most two iteration variables
	}
	_ = &x["a"] // want 7: invalid operation: cannot take address of x["a"] (map index expression of type int)
	ps := map[string]P{}
	ps["a"].x = 1 // want 2: cannot assign to struct field ps["a"].x in map
	var nilKey = map[any]int{nil: 1, 1: 2, 1.0: 3, int8(1): 4}
	println(v, ok, nilKey)
}
