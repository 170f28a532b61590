// Generator of expected values for defercheck.lib.unicode.GoUnicode (run by GoUnicodeTest when a Go
// toolchain is installed): unicode.Version, the ranges of code points each predicate accepts, every code
// point whose case mappings or SimpleFold differ from itself, and all functions at values that are not code
// points.
package main

import (
	"bufio"
	"fmt"
	"os"
	"unicode"
)

var out = bufio.NewWriter(os.Stdout)

var predicates = []struct {
	name string
	f    func(rune) bool
}{
	{"space", unicode.IsSpace}, {"letter", unicode.IsLetter}, {"upper", unicode.IsUpper},
	{"lower", unicode.IsLower}, {"title", unicode.IsTitle}, {"digit", unicode.IsDigit},
	{"number", unicode.IsNumber}, {"punct", unicode.IsPunct}, {"symbol", unicode.IsSymbol},
	{"mark", unicode.IsMark}, {"control", unicode.IsControl}, {"print", unicode.IsPrint},
	{"graphic", unicode.IsGraphic},
}

func ranges(name string, f func(rune) bool) {
	start := rune(-1)
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		in := r <= unicode.MaxRune && f(r)
		if in && start < 0 {
			start = r
		} else if !in && start >= 0 {
			fmt.Fprintf(out, "P %s %04X %04X\n", name, start, r-1)
			start = -1
		}
	}
}

func main() {
	defer out.Flush()
	fmt.Fprintf(out, "V %s\n", unicode.Version)
	for _, p := range predicates {
		ranges(p.name, p.f)
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		u, l, t, f := unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r)
		if u != r || l != r || t != r || f != r {
			fmt.Fprintf(out, "M %04X %04X %04X %04X %04X\n", r, u, l, t, f)
		}
	}
	for _, r := range []rune{-1, -2147483648, unicode.MaxRune + 1, 2147483647} {
		fmt.Fprintf(out, "X %d %d %d %d %d", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
		for _, p := range predicates {
			fmt.Fprintf(out, " %t", p.f(r))
		}
		out.WriteByte('\n')
	}
}
