package main

func inner() {
	for i := 0; i < 1; i++ {
		defer func() { recover() }()
	}
	panic("a")
}

func x() {
	defer println("x")
	inner()
}

func y() {
	defer println("y")
	panic("b")
}

func main() {
	defer func() { println("main recovers", recover().(string)) }()
	x()
	y()
}
