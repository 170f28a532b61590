// With an unnamed result, modifying the returned local in a defer does not change the result: 5, not 50.
package main

import "fmt"

func f() int {
	r := 5
	defer func() { r *= 10 }()
	return r
}

func main() {
	fmt.Println(f())
}
