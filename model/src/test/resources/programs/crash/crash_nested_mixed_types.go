// Several nested panics of different types print oldest first, later ones tab-indented.
package main

func main() {
	defer func() { panic(true) }()
	defer func() { panic("two") }()
	panic(1)
}
