package main

import (
	"fmt"
	"sync"
)

// A goroutine that locks a mutex it holds waits forever; with main waiting for it, every goroutine is asleep.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		fmt.Println("locked once")
		mu.Lock()
	}()
	wg.Wait()
}
