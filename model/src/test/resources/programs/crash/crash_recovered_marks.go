// Two recovered-then-superseded panics before the final one: each recovered record shows [recovered].
package main

func main() {
	defer func() {
		recover()
		panic("third")
	}()
	defer func() {
		recover()
		panic("second")
	}()
	panic("first")
}
