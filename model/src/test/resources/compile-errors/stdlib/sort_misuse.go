package main

import "sort"

type pair struct{ a, b int }

func main() {
	xs := []int{2, 1}
	sort.Sort(xs) // want[1.21-] 12: cannot use xs (variable of type []int) as sort.Interface value in argument to sort.Sort: []int does not implement sort.Interface (missing method Len) // want[-1.19] 12: cannot use xs (variable of type []int) as type sort.Interface in argument to sort.Sort:\n\t[]int does not implement sort.Interface (missing Len method)
	var byMod func(i, j int) int
	sort.Slice(xs, byMod) // want[1.21-] 17: cannot use byMod (variable of type func(i int, j int) int) as func(i int, j int) bool value in argument to sort.Slice // want[-1.19] 17: cannot use byMod (variable of type func(i int, j int) int) as type func(i int, j int) bool in argument to sort.Slice
	sort.Ints([]string{"a"}) // want[1.21-] 12: cannot use []string{…} (value of type []string) as []int value in argument to sort.Ints // want[-1.19] 12: cannot use []string{…} (value of type []string) as type []int in argument to sort.Ints
	sort.Strings(xs, xs) // want 19: too many arguments in call to sort.Strings\n\thave ([]int, []int)\n\twant ([]string)
	i := sort.Search(3) // want 19: not enough arguments in call to sort.Search\n\thave (number)\n\twant (int, func(int) bool)
	var p sort.Interface = pair{} // want[1.21-] 25: cannot use pair{} (value of type pair) as sort.Interface value in variable declaration: pair does not implement sort.Interface (missing method Len) // want[-1.19] 25: cannot use pair{} (value of type pair) as type sort.Interface in variable declaration:\n\tpair does not implement sort.Interface (missing Len method)
	println(i, p)
}
