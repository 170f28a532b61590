package main

func g() {
	defer func() { println("recovered:", recover().(string)) }()
	func() {
		defer func() { panic("second") }()
		panic("first")
	}()
}

func main() {
	g()
	panic("third")
}
