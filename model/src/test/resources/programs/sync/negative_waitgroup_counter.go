package main

import (
	"fmt"
	"sync"
)

// A WaitGroup counter below zero panics with a plain string, after the counter was changed; it can be
// recovered, and unrecovered it crashes.
func done(wg *sync.WaitGroup) {
	defer func() {
		fmt.Printf("recovered %q\n", recover())
	}()
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	done(&wg)
	wg.Add(1)
	wg.Wait()
	fmt.Println("Wait returns at zero")
	wg.Add(-1)
}
