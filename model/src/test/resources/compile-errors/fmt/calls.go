package main

import "fmt"

func main() {
	fmt.Printf() // want 2: not enough arguments in call to fmt.Printf\n\thave ()\n\twant (string, ...any)
	fmt.Sprintf(1) // want 14: cannot use 1 (untyped int constant) as string value in argument to fmt.Sprintf
	fmt.Println(nil)
	var f func()
	fmt.Println(f)
	x := fmt.Println("a") // want 7: assignment mismatch: 1 variable but fmt.Println returns 2 values
	n, err := fmt.Println("b")
	fmt.Printf("%d %s\n", "not checked by gc", 1)
	fmt.Nope() // want 6: undefined: fmt.Nope
	println(x, n, err)
}
