package main

func f() {
	defer func() { println("recovered:", recover().(string)) }()
	defer func() {
		println("deferred call runs")
		panic("p")
	}()
}

func main() {
	f()
	println("done")
}
