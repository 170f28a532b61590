// Only the first recover() of a panic gets the value; a second call in the same deferred function gets nil.
package main

import "fmt"

func main() {
	defer func() {
		first := recover()
		second := recover()
		fmt.Println("first:", first)
		fmt.Println("second:", second)
	}()
	panic("once")
}
