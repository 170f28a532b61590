package main

import (
	"fmt"
	"math"
	"strconv"
)

// Parsing and formatting at the edges (prefixes, underscores, ranges, bit sizes, special values), and
// math's rounding and infinities; the last FormatInt panic is recovered by a deferred closure.
func main() {
	for _, s := range []string{"0x1p-2", "1_000.5", "inf", "-Infinity", "nan", "1e-400", "0x1.8p1", ".5e1", "1__0", "+.e1", "3.4028235e38"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, g, err32)
	}
	for _, s := range []string{"0x_1F", "0b101", "0o17", "017", "1_000", "+", "-0", "9223372036854775808", "-9223372036854775809", " 1"} {
		i, err := strconv.ParseInt(s, 0, 64)
		u, uerr := strconv.ParseUint(s, 0, 32)
		a, aerr := strconv.Atoi(s)
		fmt.Println(s, i, err, u, uerr, a, aerr)
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'b', -1, 64), strconv.FormatFloat(0.1, 'x', -1, 32), strconv.FormatFloat(0.1, 'g', -1, 32),
		strconv.FormatFloat(123456789, 'e', -1, 64), strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(-0.0, 'g', 3, 64),
		strconv.FormatFloat(math.Copysign(0, -1), 'E', 2, 64), strconv.FormatFloat(2.5, 'z', 1, 64))
	fmt.Println(strconv.QuoteRune(0x110000), strconv.QuoteRuneToASCII('\n'), strconv.QuoteRuneToGraphic('\u2028'), strconv.CanBackquote("a`b"), strconv.IsPrint('\u00ad'), strconv.IsGraphic('\u00a0'))
	s, err := strconv.Unquote("`a\nb`")
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.QuotedPrefix(`"ab\"c" tail`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote(`"\xzz"`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(math.Round(-2.5), math.Round(-0.4), math.Mod(math.Inf(1), 2), math.Mod(5, math.Inf(-1)), math.Trunc(math.Inf(-1)), math.Float32frombits(0x7fc00000))
	fmt.Println(math.Nextafter(0, -1), math.Ldexp(1, -1075), math.Ldexp(1, 1024), math.Pow(-8, 1.0/3) == math.Pow(-8, 1.0/3))
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	fmt.Println(strconv.FormatFloat(1, 'g', -1, 16))
}
