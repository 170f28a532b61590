package main

import (
	"fmt"
	"time"
)

// time.AfterFunc runs f in a goroutine of its own when the timer fires. A panic there is that goroutine's: main's
// deferred recover cannot catch it, and the program crashes with exit 2 after f's own deferred call ran.
func main() {
	defer func() {
		fmt.Println("main's recover: not reached", recover())
	}()
	done := make(chan bool)
	time.AfterFunc(20*time.Millisecond, func() {
		defer fmt.Println("f's deferred call runs")
		fmt.Println("f runs in its own goroutine")
		panic("boom in AfterFunc")
	})
	<-done
}
