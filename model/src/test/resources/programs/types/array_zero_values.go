// Arrays as values: [N]T in signatures, results and vars start as zero values, compare with ==, box into any and print with fmt.
package main

import "fmt"

func pair() (_ [2]int) {
	type _ int
	return
}

func grid(g [2][3]bool) [2][3]bool { return g }

func main() {
	var a [2]int
	b := pair()
	fmt.Println(a, b, a == b, a != b)
	var words [2]string
	var empty [0]int
	var ptrs [2]*int
	var boxes [1]any
	fmt.Println(words, empty, ptrs == [2]*int{}, boxes)
	var g [2][3]bool
	fmt.Println(grid(g))
	var x any = a
	y, ok := x.([2]int)
	_, wrong := x.([3]int)
	fmt.Println(y, ok, wrong, x == any(b))
	defer fmt.Println("deferred with", a)
	defer func() {
		r := recover()
		fmt.Println("recovered", r, r.([2]int) == a)
	}()
	panic(a)
}
