// An unrecovered nil func call crashes with the nil-dereference message and a [signal SIGSEGV ...] line (cut by normalization).
package main

import "fmt"

func main() {
	var f func()
	defer fmt.Println("deferred runs")
	f()
}
