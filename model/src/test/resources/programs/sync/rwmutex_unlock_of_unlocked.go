package main

import (
	"fmt"
	"sync"
)

// Unlock of an RWMutex that is not write-locked (here: only read-locked) is a fatal error, not a panic: the
// deferred recover never runs and the exit status is 2.
func main() {
	defer func() {
		fmt.Println("not reached:", recover())
	}()
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	rw.RLock()
	fmt.Println("read-locked; now Unlock")
	rw.Unlock()
}
