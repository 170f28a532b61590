// 4 returns × 4 defers = 16 > 15 disables open-coding; 3 returns × 5 defers = 15 keeps it. Both behave the same.
package main

import "fmt"

func sixteen(n int) int {
	defer fmt.Println("a", n)
	defer fmt.Println("b", n)
	defer fmt.Println("c", n)
	defer fmt.Println("d", n)
	if n == 1 {
		return 1
	}
	if n == 2 {
		return 2
	}
	if n == 3 {
		return 3
	}
	return 4
}

func fifteen(n int) int {
	defer fmt.Println("v", n)
	defer fmt.Println("w", n)
	defer fmt.Println("x", n)
	defer fmt.Println("y", n)
	defer fmt.Println("z", n)
	if n == 1 {
		return 1
	}
	if n == 2 {
		return 2
	}
	return 3
}

func main() {
	fmt.Println(sixteen(2))
	fmt.Println(fifteen(3))
}
