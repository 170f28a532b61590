// recover() in the function body (not deferred) has no effect even while a deferred call runs later.
package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("deferred got:", recover())
	}()
	r := recover()
	fmt.Println("body got:", r)
	panic("after body recover")
}

func main() {
	f()
}
