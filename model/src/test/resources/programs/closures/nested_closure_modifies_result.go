// A closure nested two levels inside a deferred function still writes the outer named result.
package main

import "fmt"

func f() (s string) {
	defer func() {
		add := func(t string) {
			set := func() { s += t }
			set()
		}
		add("-x")
		add("-y")
	}()
	return "base"
}

func main() {
	fmt.Println(f())
}
