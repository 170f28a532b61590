// #32175 shape: the closure returned by a deferred call and then deferred prints the named result 42, not 0.
package main

func f() (x int) {
	defer func() func() {
		return func() {
			println(x)
		}
	}()()
	return 42
}

func main() {
	f()
}
