// A named top-level function deferred directly, with arguments, is the deferred function and may recover.
package main

import "fmt"

func handler(tag string) {
	r := recover()
	fmt.Println(tag, "recovered:", r)
}

func f() {
	defer handler("f")
	panic(7)
}

func main() {
	f()
	fmt.Println("after f")
}
