package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	name string
	size int
}

// atomic.Value holds one dynamic type, fixed by its first Store: Load is nil before; Swap returns the old value;
// CompareAndSwap compares with ==. Storing nil or a value of another type panics with the package's messages,
// which recover gets as strings.
func try(what string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", what, r, r)
	}()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load() == nil, v.CompareAndSwap(config{}, config{"x", 1}))
	v.Store(config{"a", 1})
	fmt.Println(v.Load(), v.Load().(config).size)
	fmt.Println(v.Swap(config{"b", 2}), v.Load())
	fmt.Println(v.CompareAndSwap(config{"a", 1}, config{"c", 3}), v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.Load())
	try("store nil", func() { v.Store(nil) })
	try("store string", func() { v.Store("text") })
	try("swap nil", func() { v.Swap(nil) })
	try("swap int", func() { v.Swap(1) })
	try("cas nil", func() { v.CompareAndSwap(config{}, nil) })
	try("cas mixed", func() { v.CompareAndSwap(1, config{}) })
	try("cas int", func() { v.CompareAndSwap(1, 2) })
	var w atomic.Value
	fmt.Println(w.CompareAndSwap(nil, 5), w.Load(), w.Swap(6))
	fmt.Printf("%v\n", w)
	defer fmt.Println("main's deferred call runs: a panic, not a fatal error")
	w.Store("six")
}
