package main

import (
	"fmt"
	"sync"
)

// Unlocking an unlocked mutex is a fatal error, not a panic: no deferred call runs, recover cannot stop it.
func main() {
	var mu sync.Mutex
	defer fmt.Println("not reached")
	defer func() {
		fmt.Println("not reached either", recover())
	}()
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	mu.Unlock()
}
