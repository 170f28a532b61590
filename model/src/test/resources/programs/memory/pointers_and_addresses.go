package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Counter struct{ n [3]int }

func bump(p *int) { *p++ }

// Variables, struct fields and array elements are addressable; writes through pointers are seen by
// every alias, and by deferred closures when they run.
func main() {
	var list *Node
	for i := 3; i > 0; i-- {
		list = &Node{Val: i, Next: list}
	}
	defer func() {
		for n := list; n != nil; n = n.Next {
			fmt.Print(n.Val, " ")
		}
		fmt.Println()
	}()
	list.Next.Val = 20
	var c Counter
	bump(&c.n[1])
	bump(&c.n[1])
	pc := &c
	pc.n[0] = 5
	x := 1
	px := &x
	ppx := &px
	**ppx = 7
	fmt.Println(c.n, x, *px == x, px == &x, new(int) == new(int))
	var np *Node
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(np.Val)
}
