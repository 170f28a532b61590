package main

import (
	"fmt"
	"time"
)

// A Ticker sends on its channel every period until stopped; Reset changes the period; time.Tick is a ticker's
// channel. The ticks are counted, not timed, so the output is the same on every run.
func main() {
	tk := time.NewTicker(20 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Reset(10 * time.Millisecond)
		}
		if n == 5 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	c := time.Tick(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-c
	}
	fmt.Println("three ticks from time.Tick")
	done := time.After(95 * time.Millisecond)
	every := time.NewTicker(40 * time.Millisecond)
	defer every.Stop()
	for seen := 0; ; {
		select {
		case <-every.C:
			seen++
		case <-done:
			fmt.Println("ticks before the 95ms timeout:", seen)
			return
		}
	}
}
