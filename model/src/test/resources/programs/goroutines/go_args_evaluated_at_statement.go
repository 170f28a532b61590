package main

import "fmt"

type counter struct{ n int }

func (c counter) report(tag string, out chan string) {
	out <- fmt.Sprint(tag, " ", c.n)
}

// The go statement evaluates the function value, the receiver and the arguments at once, like defer; the
// call itself runs in the new goroutine.
func main() {
	out := make(chan string)
	x := 1
	f := func(v int) { out <- fmt.Sprint("arg ", v, ", captured ", x) }
	go f(x)
	fmt.Println(<-out)
	c := counter{n: 1}
	go c.report("receiver", out)
	c.n = 2
	x = 2
	fmt.Println(<-out)
	go f(x)
	fmt.Println(<-out)
}
