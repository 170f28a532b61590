// An unrecovered failed type assertion crashes with "panic: interface conversion: ..." and exit 2.
package main

import "fmt"

func main() {
	var v any = "text"
	defer fmt.Println("deferred runs")
	fmt.Println(v.(int))
}
