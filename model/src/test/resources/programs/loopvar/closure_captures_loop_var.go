// Deferred closures capturing a 3-clause loop variable print 3 3 3 before language version 1.22 and 2 1 0 from 1.22.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println(i) }()
	}
}
