// A panic raised by a defer during Goexit crashes; the Goexit record itself is never printed in the chain.
package main

import "runtime"

func main() {
	defer func() { panic("second") }()
	defer func() { panic("first") }()
	runtime.Goexit()
}
