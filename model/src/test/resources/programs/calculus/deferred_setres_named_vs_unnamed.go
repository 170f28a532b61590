package main

func main() {
	println(f1())
	println(f2())
}

func f1() (r int) {
	defer func() {
		r = 2
	}()
	r = 1
	return
}

func f2() int {
	r := 0
	defer func() {
		r = 2
	}()
	r = 1
	return r
}

func f3() int {
	r := 0
	r = 2
	return r
}
