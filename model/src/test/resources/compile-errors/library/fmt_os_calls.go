package main

import (
	"fmt"
	"os"
)

type notWriter struct{}

func main() {
	var e error = fmt.Errorf(1) // want 27: cannot use 1 (untyped int constant) as string value in argument to fmt.Errorf
	fmt.Fprintln("x", e) // want[1.21-] 15: cannot use "x" (constant of type string) as io.Writer value in argument to fmt.Fprintln: string does not implement io.Writer (missing method Write) // want[-1.19] 15: cannot use "x" (constant of type string) as type io.Writer in argument to fmt.Fprintln:\n\tstring does not implement io.Writer (missing Write method)
	fmt.Fprintf(os.Stdout) // want 14: not enough arguments in call to fmt.Fprintf\n\thave (*os.File)\n\twant (io.Writer, string, ...any)
	fmt.Fprint(notWriter{}, 1) // want[1.21-] 13: cannot use notWriter{} (value of type notWriter) as io.Writer value in argument to fmt.Fprint: notWriter does not implement io.Writer (missing method Write) // want[-1.19] 13: cannot use notWriter{} (value of type notWriter) as type io.Writer in argument to fmt.Fprint:\n\tnotWriter does not implement io.Writer (missing Write method)
	n := fmt.Errorf("x")
	var m int = fmt.Errorf("y") // want[1.21-] 14: cannot use fmt.Errorf("y") (value of type error) as int value in variable declaration // want[-1.19] 14: cannot use fmt.Errorf("y") (value of type error) as type int in variable declaration
	os.Stdout.Nope() // want 12: os.Stdout.Nope undefined (type *os.File has no field or method Nope)
	_ = os.Nope // want 9: undefined: os.Nope
	var s string = os.Stderr // want[1.21-] 17: cannot use os.Stderr (variable of type *os.File) as string value in variable declaration // want[-1.19] 17: cannot use os.Stderr (variable of type *os.File) as type string in variable declaration
	fmt.Println(n, m, s)
}
