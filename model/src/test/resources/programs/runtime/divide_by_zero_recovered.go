// Integer division by zero is a runtime panic whose recovered value prints as "runtime error: integer divide by zero".
package main

import "fmt"

var zero = 0

func div(a, b int) (q int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			_, isErr := r.(error)
			fmt.Println("is error:", isErr)
			q = -1
		}
	}()
	return a / b
}

func main() {
	fmt.Println(div(10, 2))
	fmt.Println(div(1, zero))
}
