package main

import "strings"

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func main() {
	_ = strings.Index(1, "a") // want 20: cannot use 1 (untyped int constant) as string value in argument to strings.Index
	_ = strings.Index("a") // want 20: not enough arguments in call to strings.Index\n\thave (string)\n\twant (string, string)
	_ = strings.Contains("a", 'b') // want 28: cannot use 'b' (untyped rune constant 98) as string value in argument to strings.Contains
	_ = strings.Repeat("a", "3") // want 26: cannot use "3" (untyped string constant) as int value in argument to strings.Repeat
	_ = strings.Split("a,b", ',') // want 27: cannot use ',' (untyped rune constant 44) as string value in argument to strings.Split
	_ = strings.Join([]int{1}, ",") // want[1.21-] 19: cannot use []int{…} (value of type []int) as []string value in argument to strings.Join // want[-1.19] 19: cannot use []int{…} (value of type []int) as type []string in argument to strings.Join
	_ = strings.Map(isDigit, "x") // want[1.21-] 18: cannot use isDigit (value of type func(r rune) bool) as func(rune) rune value in argument to strings.Map // want[-1.19] 18: cannot use isDigit (value of type func(r rune) bool) as type func(rune) rune in argument to strings.Map
	_ = strings.IndexFunc("x", isDigitByte) // want[1.21-] 29: cannot use isDigitByte (value of type func(b byte) bool) as func(rune) bool value in argument to strings.IndexFunc // want[-1.19] 29: cannot use isDigitByte (value of type func(b byte) bool) as type func(rune) bool in argument to strings.IndexFunc
	_ = strings.CutPrefix("ab", "a") // want[1.21-] 6: assignment mismatch: 1 variable but strings.CutPrefix returns 2 values // want[-1.19] 14: undefined: strings.CutPrefix
	_ = strings.ContainsFunc("ab", nil) // want[-1.19] 14: undefined: strings.ContainsFunc
}
