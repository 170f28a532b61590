package main

func inner() {
	defer println("11")
	panic(4)
}

func outer() {
	defer println("13")
	defer println("12")
	inner()
}

func main() {
	for i := 0; i < 1; i++ {
		defer func() { println("14", recover().(int)) }()
	}
	outer()
}
