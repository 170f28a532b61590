// #34530 shape: `defer recover()` deferred in a loop (a heap record) inside a deferred closure D, run by D's
// deferreturn. By the direct-caller rule it recovers the panic running D (as go1.19 and go1.21 do, and as the
// same program without `defer println(1)` does on every version); go1.22 and go1.23 compare gorecover's argp
// with a frame that now sits elsewhere, so here it does not recover.
// toolchain-bug: #34530
package main

func main() {
	defer func() {
		defer println(1)
		for i := 0; i < 1; i++ {
			defer recover()
		}
	}()
	panic(2)
}
