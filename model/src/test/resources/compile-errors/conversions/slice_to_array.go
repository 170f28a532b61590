package main

import "fmt"

// Conversions from a slice to an array pointer (go1.17) or an array (go1.20) are refused: the model has no
// pointer into a slice's backing array. Before go1.20 the array conversion is an error.
func main() {
	s := []int{1, 2, 3}
	a := [2]int(s) // want[-1.19] 14: cannot convert s (variable of type []int) to type [2]int // want[1.20-] 7: unsupported: conversion from slice to array or array pointer
	p := (*[2]int)(s) // want[-1.19] 7: unsupported: conversion from slice to array or array pointer
	fmt.Println(a, p)
}
