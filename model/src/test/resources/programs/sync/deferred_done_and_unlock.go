package main

import (
	"fmt"
	"sync"
)

// defer wg.Done() and defer mu.Unlock() run whether the worker returns or panics and recovers: main's Wait
// returns once every worker's deferred Done has run, and the total is complete.
type counter struct {
	mu    sync.Mutex
	total int
}

func (c *counter) add(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n == 3 {
		panic("three")
	}
	c.total += n
}

func worker(c *counter, n int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			c.add(30)
		}
	}()
	c.add(n)
}

func main() {
	var wg sync.WaitGroup
	c := &counter{}
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go worker(c, i, &wg)
	}
	wg.Wait()
	fmt.Println("total", c.total)
}
