// A deferred function variable holding a closure is invoked by the panic machinery and may recover.
package main

import "fmt"

func main() {
	h := func() {
		fmt.Println("via func var:", recover())
	}
	defer h()
	panic("through a variable")
}
