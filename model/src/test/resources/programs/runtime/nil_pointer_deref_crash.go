// An unrecovered nil pointer dereference crashes with the runtime error and a [signal SIGSEGV ...] line (cut by normalization).
package main

import "fmt"

func main() {
	var p *bool
	defer fmt.Println("deferred call still runs")
	if *p {
		fmt.Println("not reached")
	}
}
