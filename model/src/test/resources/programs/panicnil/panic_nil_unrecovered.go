// panic(nil) unrecovered: the crash says "panic: nil" on go1.19 and "panic: panic called with nil argument" on 1.21+.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs")
	panic(nil)
}
