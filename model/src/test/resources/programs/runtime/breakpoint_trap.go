// runtime.Breakpoint raises SIGTRAP: the process dies with a trap report and exit 2; defers do not run.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred never runs")
	fmt.Println("before breakpoint")
	runtime.Breakpoint()
	fmt.Println("not reached")
}
