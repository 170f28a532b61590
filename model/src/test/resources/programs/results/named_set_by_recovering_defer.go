// After a recover, the function returns its named results as the recovering defer left them.
package main

import "fmt"

func f() (x int, msg string) {
	defer func() {
		r := recover()
		x = 1
		msg = fmt.Sprint("caught ", r)
	}()
	x = 99
	panic("oops")
}

func main() {
	x, msg := f()
	fmt.Println(x, msg)
}
