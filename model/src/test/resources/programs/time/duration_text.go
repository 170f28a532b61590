package main

import (
	"fmt"
	"time"
)

// Duration's String: hours, minutes and seconds with a fraction, or a smaller unit below a second.
func main() {
	for _, d := range []time.Duration{0, 1, 999, 1500, 1500000, time.Second, 1500 * time.Millisecond,
		90 * time.Second, time.Hour, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		-2 * time.Minute, 1<<63 - 1, -1 << 63} {
		fmt.Println(d)
	}
	fmt.Printf("%v %s %d\n", time.Millisecond, 2*time.Second, time.Microsecond)
}
