// needs: go1.23
package main

import "fmt"

// A panic in the body crosses the iterator (whose defers run first), then runs the enclosing function's
// deferred calls, those the body registered included, and the enclosing function's own deferred recover
// stops it: sum returns normally with the result its deferred closure set.
func each(yield func(int) bool) {
	defer fmt.Println("iterator's defer runs during the panic")
	for i := 1; i <= 3; i++ {
		yield(i)
	}
}

func sum() (total int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			total = -total
		}
	}()
	for v := range each {
		defer fmt.Println("body's defer for", v)
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
