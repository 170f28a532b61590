// `defer recover()` as the only handler in the panicking function leaves the panic unrecovered: crash, exit 2.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred print runs")
	defer recover()
	panic("still panicking")
}
