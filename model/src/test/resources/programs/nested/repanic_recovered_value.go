// Re-panicking a recovered value prints the old record as [recovered] and the new one with the same value.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("re-panicking", r)
		panic(r)
	}()
	panic("A")
}
