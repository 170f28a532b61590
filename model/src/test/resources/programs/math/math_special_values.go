package main

import (
	"fmt"
	"math"
)

// safeDiv turns an integer divide by zero into NaN through a deferred recover; a float division never panics.
func safeDiv(a, b int) (q float64) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			q = math.NaN()
		}
	}()
	return float64(a / b)
}

func main() {
	fmt.Println(safeDiv(7, 2), safeDiv(1, 0))
	q := safeDiv(1, 0)
	fmt.Println(q == q, math.IsNaN(q), math.IsInf(math.Inf(-1), -1), math.IsInf(math.Inf(1), 0))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, math.Signbit(-zero), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt8, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint32, math.MaxInt16, math.MinInt8)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2)
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Abs(-3.5), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5))
	fmt.Println(math.Round(2.5), math.RoundToEven(2.5), math.Mod(7, -3), math.Remainder(7, 3), math.Max(3, math.NaN()))
	fmt.Println(math.Min(-0.0, 0), math.Max(-0.0, 0), math.Dim(5, 3), math.Pow(2, 10), math.Pow(2, -2), math.Pow(4, 0.5))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(-3.25)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4), ip, fp)
	fmt.Printf("%#x %#x %v\n", math.Float64bits(1), math.Float32bits(-2), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter32(1, 0))
	println(math.Inf(1), math.NaN(), math.Sqrt(9))
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		panic(math.Inf(-1))
	}()
	panic(math.NaN())
}
