// A closure deferred inside a deferred function gets nil from recover; the outer recover still gets the value (TestRecoverMatching shape).
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer got:", recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("nested got:", recover())
		}()
	}()
	panic("panic1")
}
