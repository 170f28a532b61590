package main

import (
	"errors"
	"fmt"
	"runtime"
)

// runtime.KeepAlive does nothing observable, runtime.NumGoroutine counts main's goroutine, and a recovered
// run-time panic is a runtime.Error (an error with a RuntimeError method), unlike a panic with an error value.

func classify(f func()) {
	defer func() {
		r := recover()
		switch e := r.(type) {
		case runtime.Error:
			var re runtime.Error
			fmt.Println("runtime.Error:", e.Error(), errors.As(e, &re))
		case error:
			fmt.Println("error:", e)
		default:
			fmt.Println("other:", e)
		}
	}()
	f()
}

func main() {
	x := []int{1, 2, 3}
	runtime.KeepAlive(x)
	defer runtime.KeepAlive(x)
	fmt.Println(runtime.NumGoroutine())
	i := 5
	classify(func() { fmt.Println(x[i]) })
	classify(func() {
		var m map[string]int
		m["a"] = 1
	})
	classify(func() { panic(errors.New("plain error")) })
	classify(func() { panic("a string") })
	var e error = runtime.Error(nil)
	fmt.Println(e == nil)
}
