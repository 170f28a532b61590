package main

import (
	"fmt"
	"sync"
)

// Three workers report on one channel; main prints the reports in the order they arrive, then the total.
func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- id * id
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	total := 0
	for r := range results {
		fmt.Println("got", r)
		total += r
	}
	fmt.Println("total", total)
}
