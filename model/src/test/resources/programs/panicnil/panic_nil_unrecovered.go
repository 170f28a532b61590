// panic(nil) unrecovered: "panic: nil" on go1.19 and the PanicNilError message on 1.21+ (with [recovered]-free chain).
package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs")
	panic(nil)
}
