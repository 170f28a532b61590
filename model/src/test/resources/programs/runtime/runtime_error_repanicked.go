// A recovered runtime error re-panicked as an error value: the crash prints its Error() text, marked [recovered] first.
package main

import "fmt"

var zero = 0

func main() {
	defer func() {
		r := recover()
		err := r.(error)
		fmt.Println("re-panicking:", err)
		panic(err)
	}()
	fmt.Println(1 / zero)
}
