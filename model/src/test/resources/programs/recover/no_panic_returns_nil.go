// recover() returns nil when there is no panic, both in a deferred call and in the body.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("deferred recover:", r, r == nil)
	}()
	fmt.Println("body recover:", recover())
}
