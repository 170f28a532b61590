package main

import "fmt"

type S struct{ f int }

func set(p *int) int { *p = 5; return 1 }

var g int

func setg() int { g = 7; return 1 }

func main() {
	x := 0
	s := S{}
	arr := []int{0}
	p := new(int)
	ch := make(chan int, 1)
	ch <- 1
	_, _, _, _, _ = x, s, arr, p, ch
	fmt.Print("")
	fmt.Println(g, setg()) // want 14: unsupported: the order of g and the call setg in one statement (gc evaluates the call first; the Go spec leaves it open)
}
