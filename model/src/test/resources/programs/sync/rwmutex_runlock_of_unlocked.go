package main

import (
	"fmt"
	"sync"
)

// RUnlock without a read lock is a fatal error, not a panic, also when a writer holds the lock: the deferred
// calls do not run and recover cannot stop it.
func main() {
	defer fmt.Println("main's deferred call: not reached")
	defer func() {
		fmt.Println("not reached:", recover())
	}()
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	rw.Lock()
	fmt.Println("write-locked; now RUnlock")
	rw.RUnlock()
}
