package main

func helper() { recover() }

func main() {
	defer func() { helper() }()
	panic("must crash")
}
