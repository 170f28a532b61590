// #73916 shape found by the oracle (large bound, rank 2417855401): f1 has a result, so `defer f1()` gets a
// wrapper; go1.22+ build the wrapper before inlining and inline f1 into it, so f2 looks called by the
// deferred function and its `defer recover()` wrongly recovers. go1.19/1.21 crash, as specified.
// toolchain-bug: #73916
package main

func main() {
	defer f1()
	panic(1)
}

func f1() int {
	f2()
	return 0
}

func f2() {
	defer recover()
}
