// An open-coded frame calling a record frame calling an open-coded frame: the panic runs all defers innermost first (TestOpenAndNonOpenDefers shape).
package main

import "fmt"

func openTop() {
	defer fmt.Println("openTop defer")
	recordMiddle()
}

func recordMiddle() {
	for i := 0; i < 2; i++ {
		defer fmt.Println("recordMiddle loop defer", i)
	}
	openBottom()
}

func openBottom() {
	defer fmt.Println("openBottom defer")
	panic("from the bottom")
}

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	openTop()
}
