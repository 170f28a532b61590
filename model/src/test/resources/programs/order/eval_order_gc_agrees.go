// Statements whose operand order gc and the model agree on, so they run: a map literal filled entry by entry, a load inside an earlier call's arguments, on the left of && or in a slice expression (each evaluated where it stands), a load after the call, and a local no call can reach.
package main

import "fmt"

func set(p *int) int { *p = 5; return 1 }

func id(v int) int { return v }

func main() {
	x := 0
	l := 3
	arr := []int{0, 1}
	var i interface{} = x
	fmt.Println(i, set(&x))
	x = 0
	fmt.Println(map[string]int{"k": x, "j": set(&x)})
	x = 0
	fmt.Println(id(x), set(&x))
	x = 0
	fmt.Println(x > 0 && set(&x) > 0, x)
	x = 0
	fmt.Println(arr[x:], set(&x))
	x = 0
	fmt.Println(set(&x), x)
	fmt.Println(l, len(arr), set(&x))
	x = set(&x)
	fmt.Println(x)
}
