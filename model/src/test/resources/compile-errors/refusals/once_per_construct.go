package main

import (
	"fmt"
	"unicode" // want 2: unsupported: import "unicode"
)

// Each unsupported construct is named once, at its first use; its later uses and the names it
// declares stay silent: no "undefined", no "declared and not used", no invented syntax errors.
var m map[string]int

func main() {
	var n map[string]bool
	r := unicode.ToUpper('a')
	t := string(unicode.ToLower(r))
	m["a"] = len(t)
	fmt.Println(n, t)
}
