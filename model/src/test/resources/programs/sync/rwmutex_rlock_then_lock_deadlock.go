package main

import (
	"fmt"
	"sync"
)

// Lock while the same goroutine holds a read lock waits for that reader forever: with no other goroutine, the
// runtime reports the deadlock (fatal error, exit 2), and no deferred call runs.
func main() {
	var rw sync.RWMutex
	defer fmt.Println("deferred: not reached")
	rw.RLock()
	fmt.Println("read-locked; now Lock")
	rw.Lock()
	fmt.Println("not reached")
}
