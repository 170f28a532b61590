package main

import (
	"errors"
	"fmt"
	"runtime"
)

// frames prints the function and line of each frame from its caller's caller down, and how many there were.
func frames(tag string, size int) {
	pcs := make([]uintptr, size)
	n := runtime.Callers(2, pcs)
	fmt.Println("--", tag, n)
	it := runtime.CallersFrames(pcs[:n])
	for {
		f, more := it.Next()
		fmt.Println("  ", f.Function, f.Line)
		if !more {
			break
		}
	}
}

var zero = 0
var m = 3

func loopDefersFallOffTheEnd() {
	for i := 0; i < m; i++ {
		defer func(i int) {
			if i == 0 {
				frames("defer in a loop, at the closing brace", 10)
			}
		}(i)
	}
}

type T struct{}

func (T) valueMethod() {
	frames("value method deferred through a pointer", 10)
}

func pointerWrapper() {
	t := &T{}
	defer t.valueMethod()
}

func remainder() {
	defer func() {
		recover()
		frames("remainder by zero", 3)
	}()
	fmt.Println(m % zero)
}

func errorPanic() {
	defer func() {
		recover()
		frames("panic with an error value", 10)
	}()
	panic(errors.New("boom"))
}

func viaFuncValue(f func()) {
	f()
}

func panicInFuncValue() {
	defer func() {
		recover()
		frames("panic in a func value's call", 10)
	}()
	viaFuncValue(func() {
		var p *T
		var q = *p
		_ = q
	})
}

func worker(done chan bool) {
	defer func() {
		recover()
		frames("panic in a goroutine", 10)
		done <- true
	}()
	var s []int
	_ = s[m]
}

var wide uint = 9
var narrow uint8 = 9

// indexes of type uint, uint64 and uintptr panic through goPanicIndexU, smaller unsigned ones are widened to int
func unsignedIndexes() {
	for _, index := range []func(){func() { _ = "abc"[wide] }, func() { var a [3]int; a[narrow] = 1 }} {
		func() {
			defer func() {
				recover()
				frames("unsigned index", 3)
			}()
			index()
		}()
	}
}

func main() {
	loopDefersFallOffTheEnd()
	pointerWrapper()
	remainder()
	errorPanic()
	panicInFuncValue()
	done := make(chan bool)
	go worker(done)
	<-done
	unsignedIndexes()
	pcs := make([]uintptr, 4)
	fmt.Println(runtime.Callers(50, pcs))
}
