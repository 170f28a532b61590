// An unrecovered integer division by zero crashes with "panic: runtime error: integer divide by zero", exit 2.
package main

import "fmt"

var zero = 0

func main() {
	defer fmt.Println("deferred runs")
	fmt.Println(7 / zero)
}
