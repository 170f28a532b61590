// panic(nil) recovered: go1.19 (language ≤1.20) recover() returns nil; 1.21+ returns a *runtime.PanicNilError.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Println("is nil:", r == nil)
		_, isErr := r.(error)
		fmt.Println("is error:", isErr)
	}()
	panic(nil)
}
