// Panicking with a nil error variable is panic(nil): the same version difference as a literal nil.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, r == nil)
	}()
	var err error
	panic(err)
}
