// #35378 shape: `defer runtime.Goexit(); panic("bye")` drops the panic silently; only the Goexit deadlock remains.
package main

import "runtime"

func main() {
	defer runtime.Goexit()
	panic("bye")
}
