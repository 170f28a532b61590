package main

import (
	"fmt"
	"time"
)

// Timer channels changed in go1.23 (for a go.mod of go 1.23 or later; GODEBUG asynctimerchan): before, a buffer
// of one that keeps a value nobody received, so len and cap are 1, and Stop and Reset leave a stale value to
// receive; from go1.23 len and cap report 0, Stop and Reset take the value back and return true, and a stopped
// ticker's channel is empty. AfterFunc's Timer has no channel; Tick(0) is nil; NewTicker(0) panics.
func main() {
	t := time.NewTimer(10 * time.Millisecond)
	fmt.Println("len cap before", len(t.C), cap(t.C))
	time.Sleep(50 * time.Millisecond)
	fmt.Println("len cap after", len(t.C), cap(t.C))
	fmt.Println("stop", t.Stop())
	select {
	case <-t.C:
		fmt.Println("received stale")
	default:
		fmt.Println("nothing")
	}
	t.Reset(10 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("reset", t.Reset(20*time.Millisecond))
	select {
	case <-t.C:
		fmt.Println("received after reset at once")
	default:
		fmt.Println("nothing after reset")
	}
	<-t.C
	fmt.Println("got it; stop:", t.Stop())
	tk := time.NewTicker(10 * time.Millisecond)
	time.Sleep(55 * time.Millisecond)
	fmt.Println("ticker len cap", len(tk.C), cap(tk.C))
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("ticker stale tick")
	default:
		fmt.Println("no tick")
	}
	var ch <-chan time.Time = time.After(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println(len(ch), cap(ch))
	af := time.AfterFunc(time.Hour, func() {})
	fmt.Println(af.C == nil, af.Stop(), af.Stop())
	fmt.Println(time.Tick(0) == nil)
	defer func() { fmt.Println(recover()) }()
	time.NewTicker(0)
}
