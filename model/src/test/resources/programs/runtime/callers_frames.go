package main

import (
	"fmt"
	"runtime"
	"strings"
)

// base cuts a path to its last element: gc reports the path the file was built from.
func base(path string) string {
	return path[strings.LastIndex(path, "/")+1:]
}

func dump(tag string, skip int) {
	pcs := make([]uintptr, 40)
	n := runtime.Callers(skip, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	fmt.Println("--", tag, n)
	for {
		f, more := frames.Next()
		fmt.Printf("  %s %s:%d\n", f.Function, base(f.File), f.Line)
		if !more {
			break
		}
	}
}

var p *int
var s []int
var zero = 0

func plain() {
	dump("plain, with runtime.Callers itself", 0)
}

func explicitPanic() {
	defer func() {
		recover()
		dump("panic(x), open-coded", 2)
	}()
	panic("x")
}

func nilDereference() {
	defer func() {
		recover()
		dump("nil dereference", 2)
	}()
	_ = *p
}

func indexOutOfRange() {
	defer func() {
		recover()
		dump("index out of range", 2)
	}()
	_ = s[5]
}

func divideByZero() {
	defer func() {
		recover()
		dump("integer divide by zero", 2)
	}()
	_ = 1 / zero
}

func deferInLoop() {
	for i := 0; i < 1; i++ {
		defer func() {
			recover()
			dump("panic, defer in a loop", 2)
		}()
	}
	panic("y")
}

func atReturn() {
	defer func() {
		dump("at return", 2)
	}()
	if zero == 0 {
		return
	}
	fmt.Println("not reached")
}

func atClosingBrace() {
	defer dump("deferred directly, at the closing brace", 1)
}

type T struct{}

func (T) value()     { dump("value method, deferred", 1) }
func (*T) pointer() { dump("pointer method, deferred", 1) }

func methods() {
	var t T
	defer t.value()
	defer t.pointer()
	var i interface{ value() } = t
	defer i.value()
}

func nestedPanics() {
	defer func() {
		recover()
		dump("second panic in a deferred call", 2)
	}()
	defer func() {
		panic(2)
	}()
	panic(1)
}

func caller() {
	for i := 0; ; i++ {
		pc, file, line, ok := runtime.Caller(i)
		if !ok {
			fmt.Println("Caller", i, "not ok")
			return
		}
		fmt.Println("Caller", i, runtime.FuncForPC(pc).Name(), base(file), line)
	}
}

func goexitInGoroutine(done chan bool) {
	defer close(done)
	defer dump("Goexit", 1)
	runtime.Goexit()
}

func main() {
	plain()
	explicitPanic()
	nilDereference()
	indexOutOfRange()
	divideByZero()
	deferInLoop()
	atReturn()
	atClosingBrace()
	methods()
	nestedPanics()
	caller()
	done := make(chan bool)
	go goexitInGoroutine(done)
	<-done
	var f *runtime.Func
	fmt.Printf("%q\n", f.Name())
}
