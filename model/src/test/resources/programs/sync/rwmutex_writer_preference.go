package main

import (
	"fmt"
	"sync"
	"time"
)

// A writer waiting in Lock keeps new readers out (sync/rwmutex.go: Lock subtracts rwmutexMaxReaders from the
// reader count): TryRLock fails and a new RLock waits until the writer has had its turn, although a reader
// still holds the lock. The sleeps only let each goroutine reach its blocking call.
func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	rw.RLock()
	fmt.Println("main holds a read lock; TryRLock:", rw.TryRLock(), "TryLock:", rw.TryLock())
	rw.RUnlock()
	wg.Add(2)
	go func() {
		defer wg.Done()
		rw.Lock()
		defer rw.Unlock()
		fmt.Println("writer in")
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("with the writer waiting, TryRLock:", rw.TryRLock())
	go func() {
		defer wg.Done()
		rw.RLock()
		defer rw.RUnlock()
		fmt.Println("new reader in, after the writer")
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main releases its read lock")
	rw.RUnlock()
	wg.Wait()
	fmt.Println("TryLock when free:", rw.TryLock())
	rw.Unlock()
}
