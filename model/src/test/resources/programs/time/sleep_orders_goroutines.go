package main

import (
	"fmt"
	"sync"
	"time"
)

// Goroutines that sleep different durations wake in the order of their durations; a deferred call runs when a
// sleeper's function returns. Sleep(0) and a negative Sleep return at once.
func main() {
	var wg sync.WaitGroup
	out := make(chan string, 3)
	for _, d := range []time.Duration{300, 100, 200} {
		wg.Add(1)
		go func(d time.Duration) {
			defer wg.Done()
			time.Sleep(d * time.Millisecond)
			out <- fmt.Sprint("woke after ", d*time.Millisecond)
		}(d)
	}
	time.Sleep(0)
	time.Sleep(-time.Second)
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
}
