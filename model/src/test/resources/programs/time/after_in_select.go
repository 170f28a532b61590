package main

import (
	"fmt"
	"time"
)

// time.After in a select is a timeout: the answer that comes first wins. Each worker answers after its delay;
// the sleeps are far apart, so the result is the same on every run (the model's clock is virtual: it runs them
// without waiting).
func ask(delay time.Duration) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		c <- fmt.Sprint("answer after ", delay)
	}()
	return c
}

func main() {
	for _, d := range []time.Duration{10 * time.Millisecond, 300 * time.Millisecond} {
		select {
		case a := <-ask(d):
			fmt.Println(a)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("timed out waiting", d)
		}
	}
	t := time.NewTimer(50 * time.Millisecond)
	defer t.Stop()
	<-t.C
	fmt.Println("timer fired; Stop after it fired:", t.Stop())
}
