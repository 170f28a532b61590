package main

import (
	"fmt"
	"sync"
	"time"
)

// When a writer unlocks, the readers that queued behind it get in before the next writer, which waits for them
// (sync/rwmutex.go: Unlock releases every waiting reader, then the writers' mutex). The sleeps only let each
// goroutine reach its blocking call in turn.
var (
	mu     sync.Mutex
	events []string
)

func record(e string) {
	mu.Lock()
	defer mu.Unlock()
	events = append(events, e)
}

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	step := func() { time.Sleep(20 * time.Millisecond) }
	rw.RLock()
	wg.Add(4)
	go func() {
		defer wg.Done()
		rw.Lock()
		record("writer 1 in")
		step()
		record("writer 1 out")
		rw.Unlock()
	}()
	step()
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
			rw.RLock()
			defer rw.RUnlock()
			record("a reader in")
			step()
		}()
		step()
	}
	go func() {
		defer wg.Done()
		rw.Lock()
		defer rw.Unlock()
		record("writer 2 in")
	}()
	step()
	record("main releases its read lock")
	rw.RUnlock()
	wg.Wait()
	for _, e := range events {
		fmt.Println(e)
	}
}
