package main

func g() {
	for i := 0; i < 1; i++ {
		defer println("g loop defer")
	}
	panic("boom")
}

func f() {
	defer println("f open-coded defer")
	g()
}

func main() {
	for i := 0; i < 1; i++ {
		defer println("main loop defer")
	}
	f()
}
