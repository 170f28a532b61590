package main

import "fmt"

// Slices share their backing array (until append grows it); maps are references; a deferred call
// with a slice or map argument sees later element writes, unlike an array argument.
func main() {
	s := make([]int, 3, 4)
	t := s[1:]
	t[0] = 5
	s = append(s, 7)
	u := append(s, 8)
	u[0] = 100
	defer fmt.Println("slice arg:", s, len(s), cap(s))
	m := map[string]int{"a": 1}
	defer fmt.Println("map arg:", m)
	m["b"] = 2
	s[2] = 9
	v, ok := m["zz"]
	delete(m, "a")
	fmt.Println(s, t, u, v, ok, len(m))
	copy(s, []int{-1, -2})
	for i, x := range s[:2] {
		fmt.Print(i, "=", x, " ")
	}
	fmt.Println()
	var nm map[string]int
	defer func() { fmt.Println("recovered:", recover()) }()
	nm["x"] = 1
}
