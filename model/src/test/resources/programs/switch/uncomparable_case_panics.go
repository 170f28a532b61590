package main

import "fmt"

func f() {}

// Comparing a case value with the tag is ==: two interfaces holding funcs panic with the runtime error
// "comparing uncomparable type func()" at that case, after the earlier cases were compared.
func match(tag, c any) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered: ", r)
		}
	}()
	switch tag {
	case 1:
		return "one"
	case c:
		return "same as c"
	}
	return "no match"
}

func main() {
	fmt.Println(match(1, 2))
	fmt.Println(match("a", "a"))
	fmt.Println(match(f, "x"))
	fmt.Println(match(f, f))
}
