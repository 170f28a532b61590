package main

import (
	"fmt"
	"strings"
)

// strings functions that take a func call it once per rune, in Go's order, as ordinary Go calls: a panic in
// the callback unwinds through the strings call into the caller's deferred recover.

func isDigit(r rune) bool {
	fmt.Printf("isDigit(%q) ", r)
	return r >= '0' && r <= '9'
}

func main() {
	fmt.Println(strings.IndexFunc("ab1c2", isDigit))
	fmt.Println(strings.LastIndexFunc("ab1c2x", isDigit))
	fmt.Println(strings.TrimFunc("12ab34", isDigit))
	fmt.Println(strings.TrimLeftFunc("12ab34", isDigit), strings.TrimRightFunc("12ab34", isDigit))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c", isDigit))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == ' ' {
			return -1
		}
		if r >= 'a' && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, "drop the spaces, ü"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r + 1 }, "HAL\xff"))

	defer func() {
		fmt.Println("\nrecovered:", recover())
		var f func(rune) bool
		strings.IndexFunc("x", f)
	}()
	strings.Map(func(r rune) rune {
		if r == 'c' {
			panic(fmt.Sprintf("mapping %q", r))
		}
		fmt.Printf("map(%q) ", r)
		return r
	}, "abcd")
}
