// A deferred call that panics while another panic runs: both stay on the panic stack and print oldest first.
package main

import "fmt"

func main() {
	defer fmt.Println("outermost defer still runs")
	defer func() {
		panic("B")
	}()
	panic("A")
}
