// Generator of expected values for defercheck.lib.strconv's quoting, which depends on the Unicode tables of the
// release (run by QuotingTest when a Go toolchain is installed). Byte strings are written in hex ("-" when empty).
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math"
	"os"
	"strconv"
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

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

func h(s string) string {
	if s == "" {
		return "-"
	}
	return hex.EncodeToString([]byte(s))
}

// text returns a random byte string mixing ASCII, controls, escapes' characters, UTF-8 of random runes and
// invalid bytes.
func text(g *rng) string {
	var b []byte
	n := g.intn(8)
	for i := 0; i < n; i++ {
		switch g.intn(7) {
		case 0:
			b = append(b, byte(0x20+g.intn(0x5F)))
		case 1:
			b = append(b, byte(g.intn(0x20)), 0x7F)
		case 2:
			b = append(b, "\\\"'`\r\n\t"[g.intn(7)])
		case 3:
			b = append(b, byte(g.next()))
		case 4:
			b = append(b, string(rune(g.intn(0x3000)))...)
		case 5:
			b = append(b, string(rune(g.intn(0x110000)))...)
		default:
			b = append(b, string([]rune{0xA0, 0xAD, 0xFEFF, 0x2028, 0x3000, 0xFFFD, 0x1F600, 0x0870, 0x1FAE8, 0x2FFFF, 0xE0100, 0xD7FF, 0x061C, 0x180E}[g.intn(14)])...)
		}
	}
	return string(b)
}

func quotes(g *rng) {
	for i := 0; i < 700; i++ {
		s := text(g)
		fmt.Fprintf(out, "Q %s %s %s %s %t\n", h(s), h(strconv.Quote(s)), h(strconv.QuoteToASCII(s)), h(strconv.QuoteToGraphic(s)), strconv.CanBackquote(s))
	}
	runes := []rune{-1, 0, 7, 8, 9, 10, 11, 12, 13, 0x1B, ' ', '\'', '"', '\\', '`', 0x7F, 0x80, 0x9F, 0xA0, 0xAD, 0xFF, 0x100,
		0x2028, 0xD800, 0xDFFF, 0xFEFF, 0xFFFD, 0xFFFE, 0x10000, 0x1F600, 0x10FFFF, 0x110000, math.MaxInt32, math.MinInt32}
	for i := 0; i < 700; i++ {
		runes = append(runes, rune(g.intn(0x40000)))
	}
	for _, r := range runes {
		fmt.Fprintf(out, "QR %d %s %s %s\n", r, h(strconv.QuoteRune(r)), h(strconv.QuoteRuneToASCII(r)), h(strconv.QuoteRuneToGraphic(r)))
	}
}

func main() {
	defer out.Flush()
	quotes(&rng{12})
}
