// An unrecovered nil deferred func crashes after the body ran, with the nil-dereference message.
package main

import "fmt"

func main() {
	var fn func()
	defer fn()
	fmt.Println("body ran")
}
