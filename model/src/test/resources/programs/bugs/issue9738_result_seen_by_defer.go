// #9738 shape: after `return 42` the deferred closure must see the named result as 42, on the normal path and after a recover.
package main

import "fmt"

func plain() (x int) {
	defer func() {
		if x != 42 {
			fmt.Println("BUG: plain saw", x)
		}
	}()
	return 42
}

func viaPanic() (x int) {
	defer func() {
		recover()
		if x != 42 {
			fmt.Println("BUG: viaPanic saw", x)
		}
		x++
	}()
	x = 42
	panic("p")
}

func main() {
	fmt.Println(plain(), viaPanic())
}
