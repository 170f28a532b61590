// After recovering the newer panic, the aborted older one is dropped: a later recover in the same frame gets nil (TestAbortedPanic shape).
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("last:", recover())
	}()
	defer func() {
		fmt.Println("middle:", recover())
	}()
	defer func() {
		panic("panic2")
	}()
	panic("panic1")
}
