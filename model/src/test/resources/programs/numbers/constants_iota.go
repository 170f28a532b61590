package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const big = 1 << 100
const huge = big * big
const third = 1.0 / 3

const (
	a, b = iota, iota * 10
	c, d
)

// Constants are exact: big and huge exist only at compile time, and the deferred call prints values
// computed from them at the defer statement.
func main() {
	defer fmt.Println("deferred:", huge/big>>90, third*3 == 1, Thursday)
	fmt.Println(Sunday, Monday, Tuesday, Thursday, KB, MB, GB)
	fmt.Println(big>>98, a, b, c, d)
	const f = 1e300 * 1e300 / 1e300
	fmt.Println(f, float32(third), 'a'+1, string(rune('a'+1)))
	var x uint8 = 255
	const shifted = 1 << 7
	fmt.Println(x&shifted, ^uint8(shifted), -5>>1)
	fmt.Printf("%T %T %T %T\n", KB, third, 'x', Monday)
}
