package main

import (
	"fmt"
	"sync/atomic"
)

// An atomic operation on a nil address faults like any nil dereference: a recoverable run-time error panic.
func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		_, isRuntimeError := r.(interface{ RuntimeError() })
		fmt.Println("runtime.Error:", isRuntimeError)
		var p *atomic.Int32
		p.Add(1)
	}()
	var p *int64
	atomic.AddInt64(p, 1)
}
