// Integer modulo by zero raises the same runtime error as division; side effects before it are kept (issue1304 shape).
package main

import "fmt"

var zero = 0

func main() {
	count := 0
	defer func() {
		fmt.Println("recovered:", recover(), "count:", count)
	}()
	count++
	count += 5 % zero
	count = 100
}
