package main

import "fmt"

// Every integer kind wraps on overflow; the deferred calls get the values their arguments had at the
// defer statement, after the wrap.
func main() {
	var i8 int8 = 127
	var u8 uint8 = 0
	var i16 int16 = -32768
	var u16 uint16 = 65535
	var i32 int32 = 1 << 30
	var u32 uint32 = 1
	var i64 int64 = 9223372036854775807
	var u64 uint64 = 0
	i8++
	u8--
	i16--
	u16 += 2
	i32 *= 4
	u32 -= 2
	i64++
	u64--
	defer fmt.Println("deferred:", i8, u8, i16, u16, i32, u32, i64, u64)
	defer println("deferred println:", i8, u8, i16, u16, i32, u32, i64, u64)
	i8, u8 = 0, 0
	var b byte = 200
	var r rune = 'é'
	var up uintptr = 1
	up <<= 63
	fmt.Println(b+100, r, string(r), up, uint(1)<<63, -7/2, -7%2, 7>>1, -7>>1)
	m8, m32, neg := int8(-128), int32(-2147483648), -1
	fmt.Println(m8/int8(neg), m32/int32(neg), ^uint16(0), ^0, 5&^3, 6|1, 6^3)
	x := 300
	fmt.Println(int8(x), uint8(x), int16(x*x*x), uint32(-x))
}
