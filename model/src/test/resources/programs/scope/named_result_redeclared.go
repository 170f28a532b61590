package main

import "fmt"

func g() (int, error) { return 1, nil }

// The body's outermost block is the block of the results: v, err := g() assigns the named result v and
// declares only err, so the deferred closure doubles the value g returned.
func f() (v int) {
	defer func() { v *= 10 }()
	v, err := g()
	if err != nil {
		return -1
	}
	fmt.Println("v after :=", v)
	return v + 1
}

// In a nested block the same statement declares a new v that shadows the result.
func h() (v int) {
	defer func() { v *= 10 }()
	v = 7
	if true {
		v, err := g()
		fmt.Println("inner v", v, err)
	}
	return
}

func main() {
	fmt.Println(f())
	fmt.Println(h())
}
