package main

import (
	"fmt"
	"sync"
)

// Once.Do calls f once, however many goroutines call it; a panicking f still counts as done, so a later Do does
// nothing.
func main() {
	var once sync.Once
	var wg sync.WaitGroup
	results := make(chan string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { results <- "initialised" })
		}()
	}
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
	var failing sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		failing.Do(func() { panic("init failed") })
	}()
	failing.Do(func() { fmt.Println("not reached") })
	fmt.Println("second Do returned")
}
