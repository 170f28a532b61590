// An immediately invoked literal inside a deferred function is a helper call: its recover() returns nil.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("direct:", recover())
	}()
	defer func() {
		r := func() any { return recover() }()
		fmt.Println("literal:", r)
	}()
	panic("lit")
}
