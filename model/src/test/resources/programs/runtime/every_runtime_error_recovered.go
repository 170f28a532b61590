// Every kind of run-time error, recovered by a deferred closure that sorts the value with a type switch on
// recover(): index and slice bounds, nil map write, nil dereference, interface conversion (wrong type, nil
// interface, missing method), negative shift, makeslice len and cap, divide and modulo by zero, each an error
// whose Error() is the runtime's text; a plain panic value is not an error.
package main

import "fmt"

// runtimeError is runtime.Error's method set, spelled out.
type runtimeError interface {
	error
	RuntimeError()
}

type Named interface{ Name() string }

type Square struct{ side int }

func (q Square) Area() int { return q.side * q.side }

type Point struct{ x int }

type myError struct{ code int }

func (e *myError) Error() string { return fmt.Sprint("my error ", e.code) }

func try(name string, f func()) (kind string) {
	defer func() {
		switch r := recover().(type) {
		case runtimeError:
			kind = "runtime.Error"
			fmt.Printf("%-15s %s: %s\n", name, kind, r.Error())
		case error:
			kind = "error"
			fmt.Printf("%-15s %s: %v\n", name, kind, r)
		case nil:
			kind = "no panic"
			fmt.Printf("%-15s %s\n", name, kind)
		default:
			kind = fmt.Sprintf("%T", r)
			fmt.Printf("%-15s %s: %v\n", name, kind, r)
		}
	}()
	f()
	return "returned"
}

func main() {
	s := []int{1, 2, 3}
	var arr [4]int
	i, j, n, zero := 5, 1, -1, 0
	var m map[string]int
	var p *Point
	var a any = "str"
	var sq any = Square{3}
	var e any
	try("index", func() { _ = s[i] })
	try("index array", func() { _ = arr[i%8] })
	try("index string", func() { _ = "abc"[i] })
	try("index negative", func() { _ = s[n] })
	try("slice high", func() { _ = s[:i] })
	try("slice low>high", func() { _ = s[i-2 : j] })
	try("slice max", func() { _ = s[0:1:i] })
	try("slice string", func() { _ = "abc"[j:i] })
	try("nil map write", func() { m["a"] = 1 })
	try("nil map read", func() { _ = m["a"] })
	try("nil deref", func() { fmt.Println(p.x) })
	try("conversion", func() { _ = a.(int) })
	try("nil interface", func() { _ = e.(int) })
	try("missing method", func() { _ = sq.(Named) })
	try("literal iface", func() { _ = sq.(interface{ Name() string }) })
	try("negative shift", func() { _ = 1 << n })
	try("makeslice len", func() { _ = make([]int, n) })
	try("makeslice cap", func() { _ = make([]int, 2, j) })
	try("divide", func() { _ = 10 / zero })
	try("modulo", func() { _ = 10 % zero })
	try("plain panic", func() { panic(fmt.Sprintf("value %d", i)) })
	fmt.Println("try returns", try("error value", func() { panic(&myError{j}) }))
}
