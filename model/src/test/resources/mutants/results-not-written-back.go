package main

func f() (r int) {
	defer func() {
		recover()
		r = 42
	}()
	panic("x")
}

func main() {
	println(f())
}
