package main

import "fmt"

// goto leaves nested loops and a switch at once; the defers registered in the loops stay pending and run at
// return, newest first, after the deferred closure that reports the named result.
func find(grid [3][3]int, want int) (at string) {
	defer func() { fmt.Println("  find returns", at) }()
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			defer fmt.Println("  visited", i, j)
			switch {
			case i == 1 && j == 1:
				goto found
			}
		}
	}
	return "none"
found:
	return "center"
}

func main() {
	var g [3][3]int
	fmt.Println(find(g, 0))
}
