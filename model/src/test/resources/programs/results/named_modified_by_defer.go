// A deferred closure can change a named result after `return 5` assigned it: the function returns 50.
package main

import "fmt"

func f() (r int) {
	defer func() { r *= 10 }()
	return 5
}

func main() {
	fmt.Println(f())
}
