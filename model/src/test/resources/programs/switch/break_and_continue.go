package main

import "fmt"

// break inside a switch leaves only the switch; continue inside a switch goes to the loop's next iteration;
// break with the loop's label leaves the loop. The defers in the loop body are heap records, one per run.
func main() {
	defer fmt.Println("main returns")
loop:
	for i := 0; i < 6; i++ {
		switch {
		case i == 1:
			continue
		case i == 2:
			defer fmt.Println("deferred at", i)
			break
		case i == 4:
			defer fmt.Println("deferred at", i, "before break loop")
			break loop
		default:
			if i == 3 {
				break
			}
			defer fmt.Println("deferred in default at", i)
		}
		fmt.Println("after the switch at", i)
	}
	func() {
		defer func() {
			switch r := recover(); r {
			case nil:
				fmt.Println("nothing to recover")
			case "stop":
				fmt.Println("recovered stop")
				break
			}
			fmt.Println("deferred closure done")
		}()
		panic("stop")
	}()
}
