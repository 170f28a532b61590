package main

import "fmt"

func describe(f func()) (s string) {
	defer func() {
		switch r := recover().(type) {
		case nil:
			s = "no panic"
		case int:
			s = fmt.Sprint("int ", r+1)
		case string:
			s = "string " + r
		case error:
			s = fmt.Sprint("error: ", r)
		default:
			s = fmt.Sprintf("other %v", r)
		}
	}()
	f()
	return "returned"
}

// A type switch on recover() in a deferred closure sorts the panic values: a nil recover (no panic) takes the
// nil case; panic(nil) is recovered as nil up to language version 1.20 and as a *runtime.PanicNilError, an
// error, from 1.21; runtime errors are errors too.
func main() {
	fmt.Println(describe(func() {}))
	fmt.Println(describe(func() { panic(41) }))
	fmt.Println(describe(func() { panic("boom") }))
	fmt.Println(describe(func() { panic(true) }))
	fmt.Println(describe(func() { panic(nil) }))
	fmt.Println(describe(func() {
		var p *int
		println(*p)
	}))
	fmt.Println(describe(func() {
		var x any = "s"
		println(x.(int))
	}))
}
