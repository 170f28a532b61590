// Three nested panics with no recover print oldest first, later ones tab-indented; every defer runs once.
package main

import "fmt"

func main() {
	defer fmt.Println("last defer")
	defer func() { panic(3) }()
	defer func() { panic(2) }()
	defer fmt.Println("first defer")
	panic(1)
}
