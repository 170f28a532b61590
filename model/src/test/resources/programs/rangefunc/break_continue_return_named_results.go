// needs: go1.23
package main

import "fmt"

// break, continue and return in a range-over-func body: return sets the enclosing function's results,
// and a deferred closure registered in the body still sees and changes them.
func pairs(yield func(string, int) bool) {
	for i, s := range []string{"a", "b", "c", "d"} {
		if !yield(s, i) {
			fmt.Println("iterator stopped at", s)
			return
		}
	}
	fmt.Println("iterator exhausted")
}

func find(want string) (idx int, found bool) {
	for s, i := range pairs {
		if s == "a" {
			continue
		}
		if s == want {
			defer func() { idx *= 10 }()
			return i, true
		}
	}
	return -1, false
}

func firstTwo() (out []string) {
	for s := range pairs {
		out = append(out, s)
		if len(out) == 2 {
			break
		}
	}
	return
}

func main() {
	fmt.Println(find("c"))
	fmt.Println(find("z"))
	fmt.Println(firstTwo())
}
