package main

import "fmt"

var calls = 0

func flaky() {
	calls++
	if calls < 3 {
		panic(fmt.Sprint("attempt ", calls, " failed"))
	}
	fmt.Println("attempt", calls, "worked")
}

func try(f func()) (err any) {
	defer func() { err = recover() }()
	f()
	return nil
}

// A retry loop made of a label and a backward goto: every pass runs the defer statement again, so each
// pass pushes a heap record (escape analysis treats the label as a loop head); all of them run, last
// pass first, when main returns.
func main() {
	tries := 0
again:
	tries++
	defer fmt.Println("deferred on pass", tries)
	if err := try(flaky); err != nil {
		fmt.Println("recovered:", err)
		goto again
	}
	fmt.Println("done after", tries, "passes")
}
