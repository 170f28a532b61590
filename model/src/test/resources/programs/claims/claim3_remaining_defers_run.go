// Claim 3 (remaining defers skipped after a deferred panic) is false: every other defer of the frame and of the callers runs.
package main

import "fmt"

func f() {
	defer fmt.Println("f defer 1 runs")
	defer func() { panic("from defer") }()
	defer fmt.Println("f defer 3 runs")
	fmt.Println("f body")
}

func main() {
	defer fmt.Println("main defer runs")
	f()
}
