package main

import "strconv"

func main() {
	s := strconv.Itoa("7") // want 20: cannot use "7" (untyped string constant) as int value in argument to strconv.Itoa
	n := strconv.Atoi("1") // want 7: assignment mismatch: 1 variable but strconv.Atoi returns 2 values
	v, err := strconv.ParseInt(s, 10) // want 32: not enough arguments in call to strconv.ParseInt\n\thave (string, number)\n\twant (string, int, int)
	strconv.Nope() // want 10: undefined: strconv.Nope
	var e strconv.NumError = 3 // want 27: cannot use 3 (untyped int constant) as strconv.NumError value in variable declaration
	println(s, n, v, err, e.Func, strconv.ErrSyntax)
}
