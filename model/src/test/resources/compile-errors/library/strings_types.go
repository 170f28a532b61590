package main

import (
	"fmt"
	"strings"
)

func main() {
	_ = strings.Nope("a") // want 14: undefined: strings.Nope
	var b strings.Builder
	b.WriteString(1) // want 16: cannot use 1 (untyped int constant) as string value in argument to b.WriteString
	x := b.Len
	var i strings.Index // want 8: strings.Index (value of type func(s string, substr string) int) is not a type
	r := strings.NewReplacer("a", 1) // want 32: cannot use 1 (untyped int constant) as string value in argument to strings.NewReplacer
	var n int = strings.ToUpper("a") // want[1.21-] 14: cannot use strings.ToUpper("a") (value of type string) as int value in variable declaration // want[-1.19] 14: cannot use strings.ToUpper("a") (value of type string) as type int in variable declaration
	var w fmt.Stringer = &b
	fmt.Println(x, i, r, n, w)
}
