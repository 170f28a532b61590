// RecursivePanic1 shape: a deferred call recovers "bad" and re-panics "wrap: bad"; the caller prints it; then main panics "again".
package main

import "fmt"

func main() {
	func() {
		defer func() {
			fmt.Println(recover())
		}()
		func(n int) {
			defer func() {
				if err := recover(); err != nil {
					panic("wrap: " + err.(string))
				}
			}()
			panic("bad")
		}(8192)
	}()
	panic("again")
}
