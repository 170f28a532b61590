package main

import (
	"fmt"
	"strings" // want 2: unsupported: import "strings"
)

// Each unsupported construct is named once, at its first use; its later uses and the names it
// declares stay silent: no "undefined", no "declared and not used", no invented syntax errors.
var m map[string]int

func main() {
	var n map[string]bool
	s := strings.ToUpper("a")
	t := strings.Repeat(s, 2)
	m["a"] = len(t)
	fmt.Println(n, t)
}
