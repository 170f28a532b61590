// Claim 1 (stack records 1.13, open-coded 1.14, not 1.14/1.17): the -d=defer plan shows a straight-line defer open-coded on every toolchain here.
package main

import "fmt"

func straight() {
	defer fmt.Println("open-coded site")
}

func looped() {
	for i := 0; i < 1; i++ {
		defer fmt.Println("heap-allocated site")
	}
}

func main() {
	straight()
	looped()
}
