package main

import (
	"fmt"
	"sync/atomic"
)

type S struct {
	n int
	x any
}

// atomic.Value.CompareAndSwap compares the value it holds with old by ==, inside the library: two interfaces
// holding a map panic with runtime.efaceeq's run-time error, and so does a struct field holding a slice, but
// only when the fields compared before it are equal; a nil old never matches a stored value.
func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var v atomic.Value
	v.Store(S{1, []int{1}})
	try(func() { fmt.Println(v.CompareAndSwap(S{2, []int{1}}, S{3, nil})) })
	try(func() { fmt.Println(v.CompareAndSwap(S{1, []int{1}}, S{3, nil})) })
	var w atomic.Value
	w.Store(map[int]int{})
	try(func() { fmt.Println(w.CompareAndSwap(nil, map[int]int{})) })
	try(func() { fmt.Println(w.CompareAndSwap(map[int]int{}, map[int]int{})) })
}
