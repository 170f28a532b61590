// Generator of expected values for defercheck.lib.math.GoMath (run by GoMathTest when a Go toolchain is
// installed). Each line names a function, gives the arguments' float64 bits in hex (integers in decimal) and
// the results' bits.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
)

var out = bufio.NewWriter(os.Stdout)

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

func b(x float64) string { return fmt.Sprintf("%x", math.Float64bits(x)) }

func one(name string, f func(float64) float64, x float64) {
	fmt.Fprintf(out, "%s %s %s\n", name, b(x), b(f(x)))
}

func two(name string, f func(float64, float64) float64, x, y float64) {
	fmt.Fprintf(out, "%s %s %s %s\n", name, b(x), b(y), b(f(x, y)))
}

func main() {
	defer out.Flush()
	g := &rng{11}
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, -2.5, 3, -3, 10,
		1e300, -1e-300, 5e-324, 2.2250738585072014e-308, math.MaxFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Float64frombits(0x7FF0000000000001), 0.1, 7, 1 << 63, -0.9999999999999999,
		2.5, -1.5, 0.49999999999999994, 2, -2, -1e300, 1e-300, -5e-324, -math.MaxFloat64, 4503599627370495.5,
		4503599627370496, 9007199254740993, 1<<63 + 4096, 1e15 + 0.5, 123456789.987654321}
	var xs []float64
	xs = append(xs, specials...)
	for i := 0; i < 60; i++ {
		xs = append(xs, math.Float64frombits(g.next()))
		xs = append(xs, float64(int64(g.next())>>40)/8)
	}
	ones := []struct {
		name string
		f    func(float64) float64
	}{{"Abs", math.Abs}, {"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc}, {"Round", math.Round},
		{"RoundToEven", math.RoundToEven}, {"Sqrt", math.Sqrt},
		{"FrexpFrac", func(x float64) float64 { f, _ := math.Frexp(x); return f }},
		{"FrexpExp", func(x float64) float64 { _, e := math.Frexp(x); return float64(e) }},
		{"ModfInt", func(x float64) float64 { i, _ := math.Modf(x); return i }},
		{"ModfFrac", func(x float64) float64 { _, f := math.Modf(x); return f }},
		{"Signbit", func(x float64) float64 { if math.Signbit(x) { return 1 }; return 0 }},
		{"IsNaN", func(x float64) float64 { if math.IsNaN(x) { return 1 }; return 0 }},
		{"IsInf", func(x float64) float64 { if math.IsInf(x, 1) { return 1 }; if math.IsInf(x, -1) { return -1 }; return 0 }},
		{"Nextafter32", func(x float64) float64 { return float64(math.Nextafter32(float32(x), 1)) }},
		{"Float32bits", func(x float64) float64 { return float64(math.Float32bits(float32(x))) }}}
	for _, o := range ones {
		for _, x := range xs {
			one(o.name, o.f, x)
		}
	}
	twos := []struct {
		name string
		f    func(float64, float64) float64
	}{{"Mod", math.Mod}, {"Remainder", math.Remainder}, {"Max", math.Max}, {"Min", math.Min}, {"Dim", math.Dim},
		{"Copysign", math.Copysign}, {"Nextafter", math.Nextafter},
		{"Ldexp", func(x, y float64) float64 { return math.Ldexp(x, int(int64(math.Float64bits(y))%2300)) }},
		{"Pow", func(x, y float64) float64 { return math.Pow(x, math.Trunc(y)) }}}
	for _, t := range twos {
		for _, x := range specials[:18] {
			for _, y := range specials[:18] {
				two(t.name, t.f, x, y)
			}
		}
		for i := 0; i < 150; i++ {
			x := xs[g.next()%uint64(len(xs))]
			y := xs[g.next()%uint64(len(xs))]
			if t.name == "Pow" && g.next()%2 == 0 {
				y = float64(int64(g.next()%60) - 30)
			}
			two(t.name, t.f, x, y)
		}
	}
	for _, x := range []float64{-8, -0.5, 0.25, 2} {
		for _, y := range []float64{0.5, -0.5, 1.5, 0.25} {
			two("PowFrac", math.Pow, x, y)
		}
	}
}
