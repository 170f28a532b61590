// TestConditionalDefers shape: defers inside nested ifs still run LIFO during a panic: 4 2 1.
package main

import "fmt"

func record(i int) { fmt.Println("ran", i) }

func f(n int) {
	defer record(1)
	if n > 5 {
		defer record(2)
		if n > 8 {
			defer record(3)
		} else {
			defer record(4)
		}
	}
	panic("testConditional")
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	f(8)
}
