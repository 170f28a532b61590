// With panic(nil) on go1.19, the usual `if r := recover(); r != nil` guard misses it, yet the panic is stopped.
package main

import "fmt"

func f() (status string) {
	status = "unset"
	defer func() {
		if r := recover(); r != nil {
			status = "recovered non-nil"
		}
	}()
	panic(nil)
}

func main() {
	fmt.Println(f())
	fmt.Println("main continues")
}
