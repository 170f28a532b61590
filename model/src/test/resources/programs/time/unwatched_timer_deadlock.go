package main

import (
	"fmt"
	"time"
)

// A pending timer whose channel nobody receives from does not save a program where every goroutine is blocked
// for good: before go1.23 the runtime waits for the timer to fire, from go1.23 it does not even wait (a channel
// timer counts only while a goroutine waits on it); either way the deadlock fatal error, exit 2.
func main() {
	t := time.NewTimer(50 * time.Millisecond)
	defer t.Stop()
	fmt.Println("blocking forever")
	<-make(chan int)
}
