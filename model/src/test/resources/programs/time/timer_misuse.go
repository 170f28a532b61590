package main

import (
	"fmt"
	"time"
)

// The misuses of package time's timers panic (recoverable): Stop or Reset of a Timer no constructor made, a
// non-positive NewTicker or Ticker.Reset (go1.19 panics with an error value, later releases with a string);
// Stop of an unmade Ticker is quietly nothing, and Tick of a non-positive duration is nil.
func try(what string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", what, r, r)
	}()
	f()
}

func main() {
	var t time.Timer
	var tk time.Ticker
	try("Timer.Stop", func() { t.Stop() })
	try("Timer.Reset", func() { t.Reset(time.Second) })
	try("Ticker.Stop", func() { tk.Stop() })
	try("Ticker.Reset", func() { tk.Reset(time.Second) })
	try("Ticker.Reset(0)", func() { tk.Reset(0) })
	try("NewTicker(0)", func() { time.NewTicker(0) })
	try("NewTicker(-1)", func() { time.NewTicker(-1) })
	fmt.Println(time.Tick(0) == nil, time.Tick(-time.Second) == nil)
	real := time.NewTicker(time.Millisecond)
	try("made Ticker.Reset(-1)", func() { real.Reset(-1) })
	real.Stop()
	real.Stop()
	timer := time.AfterFunc(time.Hour, func() { fmt.Println("not run") })
	fmt.Println(timer.C == nil, timer.Stop(), timer.Stop(), timer.Reset(time.Hour), timer.Stop())
}
