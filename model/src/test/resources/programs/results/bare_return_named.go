// A bare return returns named results as modified by the defers, which run after the return statement.
package main

import "fmt"

func f(n int) (sum int, text string) {
	defer func() {
		sum += 100
		text += "!"
	}()
	for i := 1; i <= n; i++ {
		sum += i
	}
	text = "done"
	return
}

func main() {
	s, t := f(4)
	fmt.Println(s, t)
}
