package main

var n int

func main() {
	defer func() {
		n++
		if n == 1 {
			panic("second")
		}
		println("deferred call ran again:", n)
	}()
	panic("first")
}
