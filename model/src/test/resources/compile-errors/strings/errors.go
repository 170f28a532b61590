package main

func main() {
	s := "abc"
	s[0] = 'x' // want[1.21-] 2: cannot assign to s[0] (neither addressable nor a map index expression) // want[-1.19] 2: cannot assign to s[0] (value of type byte)
	_ = &s[0] // want 7: invalid operation: cannot take address of s[0] (value of type byte)
	_ = s + 1 // want 6: invalid operation: s + 1 (mismatched types string and untyped int)
	_ = s - "a" // want 6: invalid operation: operator - not defined on s (variable of type string)
	var r rune = "a" // want 15: cannot use "a" (untyped string constant) as rune value in variable declaration
	var b byte = 'é'
	for i, c, d := range s { // want[1.23-] 6: declared and not used: i // want[1.21-1.22] 6: i declared and not used // want[-1.19] 6: i declared but not used // want[1.21-1.22] 9: c declared and not used // want[-1.19] 9: c declared but not used // want[1.23-] 9: declared and not used: c // want 12: range clause permits at most two iteration variables
	}
	println(s, r, b)
}
