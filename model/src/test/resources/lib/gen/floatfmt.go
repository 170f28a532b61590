// Generator of expected values for defercheck.lib.strconv.FloatFormat and lib.runtime.RuntimePrint (run by
// FloatFormatTest when a Go toolchain is installed). The first line lists the (format, precision) pairs; then
// each line is a float64 (F) or float32 (S) given by its bits in hex, followed by FormatFloat's text for each
// pair, and a line P with the same bits and what println prints for the value (println writes to standard
// error, which the program points at standard output). With the argument "big" it writes many more random
// values and no P lines.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"syscall"
)

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

type combo struct {
	fmt  byte
	prec int
}

var combos = []combo{{'e', -1}, {'f', -1}, {'g', -1}, {'G', -1}, {'b', -1}, {'x', -1}, {'X', 3}, {'z', -1},
	{'e', 0}, {'e', 1}, {'E', 3}, {'e', 8}, {'e', 15}, {'e', 16}, {'e', 17}, {'e', 18}, {'e', 25},
	{'g', 0}, {'g', 1}, {'g', 2}, {'G', 6}, {'g', 9}, {'g', 17}, {'g', 18}, {'g', 19},
	{'f', 0}, {'f', 1}, {'f', 3}, {'f', 17}, {'f', 20},
	{'x', 0}, {'x', 1}, {'x', 5}, {'x', 12}, {'x', 13}, {'x', 14}, {'x', 15}, {'x', 20}}

func line(tag string, bits uint64, v float64, size int) {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %x", tag, bits)
	for _, c := range combos {
		if c.fmt == 'f' && (math.Abs(v) > 1e40 || v != 0 && math.Abs(v) < 1e-40) {
			// long %f texts of huge and tiny values: skipped, %e covers their digits
			b.WriteString(" ~")
			continue
		}
		b.WriteByte(' ')
		b.WriteString(strconv.FormatFloat(v, c.fmt, c.prec, size))
	}
	b.WriteByte('\n')
	os.Stdout.WriteString(b.String())
}

func f64(v float64) { line("F", math.Float64bits(v), v, 64) }

func f32(v float32) { line("S", uint64(math.Float32bits(v)), float64(v), 32) }

func printed(v float64) {
	os.Stdout.WriteString(fmt.Sprintf("P %x ", math.Float64bits(v)))
	println(v)
}

func values64(g *rng) []float64 {
	vs := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, math.Pi, math.E, 1e23, 5e-324,
		2.2250738585072014e-308, 2.225073858507201e-308, math.MaxFloat64, 1 << 53, 1<<53 + 2, 1 << 60, 1e21, 1e20,
		123456789, 1e5, 1e6, 1e-4, 1e-5, 0.5, 1.5, 2.5, 3.5, 0.125, 0.375, 1.0625, 9.5, 99.5, 999.5, 0.05, 0.15,
		0.25, 0.35, 0.45, 2.675, 1.005, 1e15, 1e16, 1e17, 4.35, 0.000123456, 1234.5678, 8.41e21, 1.5e-323,
		math.MaxFloat64 / 3, 100, 1000, 12345678901234567890, 0.1 + 0.2, 9.999999999999999e22, 5e-310, 7e22,
		math.Inf(1), math.Inf(-1), math.NaN(), 2.5e-8, 0.9999999999999999, 999999.9999999999, 4503599627370496.5,
		1.7976931348623157e308, 4.9406564584124654e-324, 3.4028234663852886e38, 1e-7, 123e-20, 0.999995, 9.9999995}
	for e := -325; e <= 308; e += 3 {
		vs = append(vs, math.Pow10(e))
	}
	for e := -1074; e <= 1023; e += 31 {
		vs = append(vs, math.Ldexp(1, e))
	}
	for i := 0; i < 60; i++ {
		// values with an exact decimal ending in 5: halfway cases of rounding
		k := int(g.next() % 30)
		m := float64(g.next()%(1<<20)) + 0.5
		vs = append(vs, math.Ldexp(m, -k), -math.Ldexp(m, -k))
	}
	for i := 0; i < 200; i++ {
		vs = append(vs, math.Float64frombits(g.next()))
	}
	for i := 0; i < 100; i++ {
		vs = append(vs, float64(g.next()%1000000)/math.Pow10(int(g.next()%12)))
	}
	return vs
}

func values32(g *rng) []float32 {
	vs := []float32{0, float32(math.Copysign(0, -1)), 1, 0.1, 0.2, 0.3, 1.0 / 3, math.MaxFloat32,
		math.SmallestNonzeroFloat32, 1.17549435e-38, 16777216, 16777217, 1e10, 3.4e38, 1.5, 2.5, 0.15, 7.038531e-26,
		float32(math.Inf(-1))}
	for e := -45; e <= 38; e++ {
		vs = append(vs, float32(math.Pow10(e)))
	}
	for i := 0; i < 200; i++ {
		vs = append(vs, math.Float32frombits(uint32(g.next())))
	}
	return vs
}

func main() {
	big := len(os.Args) > 1 && os.Args[1] == "big"
	var b strings.Builder
	b.WriteString("C")
	for _, c := range combos {
		fmt.Fprintf(&b, " %c:%d", c.fmt, c.prec)
	}
	os.Stdout.WriteString(b.String() + "\n")
	g := &rng{7}
	if big {
		for i := 0; i < 8000; i++ {
			f64(math.Float64frombits(g.next()))
			f32(math.Float32frombits(uint32(g.next())))
			f64(float64(g.next()%100000000) / math.Pow10(int(g.next()%20)))
		}
		return
	}
	for _, v := range values64(g) {
		f64(v)
	}
	for _, v := range values32(g) {
		f32(v)
	}
	if err := syscall.Dup2(1, 2); err != nil {
		panic(err)
	}
	for _, v := range values64(&rng{7}) {
		printed(v)
	}
	for _, v := range values32(&rng{8}) {
		printed(float64(v))
	}
	for _, c := range []complex128{complex(1, -2), complex(math.Inf(1), math.NaN()), complex(math.Copysign(0, -1), 1e-310),
		complex(0.1, 123456789)} {
		os.Stdout.WriteString(fmt.Sprintf("PC %x %x ", math.Float64bits(real(c)), math.Float64bits(imag(c))))
		println(c)
		c64 := complex64(c)
		os.Stdout.WriteString(fmt.Sprintf("PC %x %x ", math.Float64bits(float64(real(c64))), math.Float64bits(float64(imag(c64)))))
		println(c64)
	}
}
