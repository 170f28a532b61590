package main

import "fmt"

// continue with an outer loop's label still runs that loop's post statement, so a deferred closure that
// captured the loop variable sees the per-iteration copy from language version 1.22 and the one shared
// variable before; break with a label leaves both loops at once.
func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				defer func() { fmt.Println("closure: i =", i) }()
				continue outer
			}
			if i == 2 {
				defer fmt.Println("argument: i =", i, "j =", j)
				break outer
			}
		}
	}
	fmt.Println("loops done")
}
