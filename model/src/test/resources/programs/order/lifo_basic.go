// Deferred calls run last-in first-out when the function returns normally.
package main

import "fmt"

func main() {
	defer fmt.Println("first deferred, runs last")
	defer fmt.Println("second deferred")
	defer println("third deferred, runs first (stderr)")
	fmt.Println("body")
}
