package main

import "fmt"

func mayFail(fail bool) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	d := 1
	if fail {
		d = 0
	}
	return 10 / d, nil
}

// The common idiom: err is the named result, and x, err := ... assigns it, so the deferred check sees the
// failure and the bare return hands it to the caller.
func f(fail bool) (err error) {
	defer func() {
		if err != nil {
			fmt.Println("deferred check sees:", err)
		}
	}()
	x, err := mayFail(fail)
	fmt.Println("x =", x)
	return
}

// In an inner block, := declares a fresh err: the result stays nil.
func g() (err error) {
	defer func() { fmt.Println("g's deferred check sees nil:", err == nil) }()
	{
		x, err := mayFail(true)
		fmt.Println("inner:", x, err)
	}
	return
}

func main() {
	fmt.Println("f(false):", f(false))
	fmt.Println("f(true):", f(true))
	fmt.Println("g():", g())
}
