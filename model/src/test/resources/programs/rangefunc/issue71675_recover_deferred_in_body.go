// #71675: a call deferred in a range-over-func body that recovers must let the enclosing function return
// normally; gc 1.23 resumes the function right after its deferrangefunc call instead, runs the loop again
// and crashes in deferprocat.
// toolchain-bug: #71675
// needs: go1.23
package main

import "fmt"

func each(yield func(int) bool) {
	for i := 1; i <= 3; i++ {
		yield(i)
	}
}

func sum() (total int) {
	for v := range each {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
				total = -total
			}
		}()
		total += v
		if v == 2 {
			panic(fmt.Sprint("bad value ", v))
		}
	}
	return total
}

func main() {
	fmt.Println("sum:", sum())
}
