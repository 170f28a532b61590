// Claim 4 (a deferred panic replaces the original) is imprecise: recover sees the new value, but unrecovered both print, oldest first.
package main

import "fmt"

func replaced() {
	defer func() { fmt.Println("recover sees:", recover()) }()
	defer func() { panic("new") }()
	panic("original")
}

func main() {
	replaced()
	defer func() { panic("new") }()
	panic("original")
}
