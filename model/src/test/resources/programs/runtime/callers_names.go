package main

import (
	"fmt"
	"runtime"
	"strings"
)

// where prints the function and line of the frame skip calls up from its caller, and of the frame above it.
func where(tag string, skip int) {
	for i := skip + 1; i <= skip+2; i++ {
		pc, file, line, ok := runtime.Caller(i)
		fmt.Println(tag, i-1, runtime.FuncForPC(pc).Name(), strings.HasSuffix(file, ".go"), line, ok)
	}
}

type T struct{ n int }

func (t T) Value()    { where("value method", 0) }
func (t *T) Pointer() { where("pointer method", 0) }

type Outer struct {
	T
}

type Shower interface{ Value() }

// Generic's caller is not asked for: past a generic function's frame gc may have frames the model does not.
func Generic[X any](x X) {
	pc, _, line, _ := runtime.Caller(0)
	fmt.Println("generic", runtime.FuncForPC(pc).Name(), line)
}

func withDefer() {
	defer func() {}()
	f := func() {
		where("closure in a function with a defer", 0)
	}
	f()
	func() {
		where("immediately called closure in a function with a defer", 0)
	}()
}

func main() {
	t := T{1}
	mv := t.Value
	mv()
	pv := t.Pointer
	pv()
	me := T.Value
	me(t)
	var s Shower = Outer{t}
	s.Value()
	var sp Shower = &t
	sp.Value()
	Generic(1)
	Generic("x")
	withDefer()
	func() {
		where("closure in main", 0)
	}()
	for i := 0; i < 2; i++ {
		func() {
			defer where("deferred in a loop body closure", 0)
		}()
	}
	pc, file, line, ok := runtime.Caller(20)
	fmt.Println(pc, file, line, ok)
}
