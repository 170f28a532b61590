package main

import "fmt"

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return a / b, nil
}

func shift(n int) (v int) {
	defer func() {
		fmt.Println("shift recovered:", recover())
	}()
	return 1 << n
}

// Integer division by zero and a negative shift count panic with runtime errors that a deferred
// recover receives; float division by zero gives infinities and NaN.
func main() {
	fmt.Println(div(7, 2))
	fmt.Println(div(7, 0))
	fmt.Println(shift(3), shift(-1))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	var f32 float32 = 16777216
	f32++
	fmt.Println(f32, float32(0.1)+float32(0.2), 0.1+0.2)
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		var m int8 = -128
		defer func() { fmt.Println(recover(), m) }()
		fmt.Println(m % -1)
		var zero8 int8
		m = m / zero8
	}()
	var mod int
	fmt.Println(5 % mod)
}
