package main

import "fmt"

func at(s string, i int) (b byte) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			b = '?'
		}
	}()
	return s[i]
}

// Indexing or slicing a string out of range panics with the runtime's bounds texts.
func main() {
	fmt.Println(at("abc", 1), at("abc", 3), at("", 0))
	defer func() {
		fmt.Println("recovered:", recover())
		s := "héllo"
		n := 10
		fmt.Println(s[n-8 : n-5])
		_ = s[n-4 : n-6]
	}()
	s := "abc"
	n := -1
	fmt.Println(s[n+1:], s[:n+3])
	_ = s[2:n+5]
}
