// Generator of expected values for defercheck.lib.utf8 (run by Utf8Test when a Go toolchain is installed).
// Every line is one case; byte strings are written in hex so that any byte survives.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"os"
	"unicode/utf8"
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

// decodeCase prints D, the input, and what every decoding entry point makes of it.
func decodeCase(s string) {
	r, n := utf8.DecodeRuneInString(s)
	lr, ln := utf8.DecodeLastRuneInString(s)
	fmt.Fprintf(out, "D %s %d,%d %d,%d %t %t %d ", hexOf(s), r, n, lr, ln, utf8.FullRuneInString(s), utf8.ValidString(s), utf8.RuneCountInString(s))
	for i, x := range []rune(s) {
		if i > 0 {
			out.WriteByte(',')
		}
		fmt.Fprint(out, x)
	}
	out.WriteByte(' ')
	first := true
	for i, x := range s {
		if !first {
			out.WriteByte(',')
		}
		first = false
		fmt.Fprintf(out, "%d:%d", i, x)
	}
	out.WriteByte('\n')
}

func hexOf(s string) string {
	if s == "" {
		return "-"
	}
	return hex.EncodeToString([]byte(s))
}

// encodeCase prints E, a code point given as int64, string(x) for it, and RuneLen/ValidRune of rune(x) when x fits.
func encodeCase(x int64) {
	fmt.Fprintf(out, "E %d %s", x, hexOf(string(x)))
	if int64(int32(x)) == x {
		fmt.Fprintf(out, " %d %t", utf8.RuneLen(rune(x)), utf8.ValidRune(rune(x)))
	}
	out.WriteByte('\n')
}

func main() {
	defer out.Flush()
	edges := []byte{0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF, 0xC2, 0xE0}
	decodeCase("")
	for b := 0; b < 256; b++ {
		decodeCase(string([]byte{byte(b)}))
	}
	for b := 0x80; b < 256; b++ {
		for _, c := range edges[:12] {
			decodeCase(string([]byte{byte(b), c}))
		}
	}
	for _, b0 := range []byte{0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5} {
		for _, b1 := range edges[2:10] {
			for _, b2 := range edges[2:10] {
				decodeCase(string([]byte{b0, b1, b2}))
				if b0 >= 0xF0 {
					decodeCase(string([]byte{b0, b1, b2, 0x80}))
					decodeCase(string([]byte{b0, b1, b2, 0xBF}))
					decodeCase(string([]byte{b0, b1, b2, 0xC0}))
				}
			}
		}
	}
	g := &rng{1}
	alphabet := []byte{'a', 0x7F, 0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xFF, 0x9F, 0xA0, 0x90, 0x8F}
	for i := 0; i < 1200; i++ {
		n := int(g.next() % 9)
		b := make([]byte, n)
		for j := range b {
			if g.next()%3 == 0 {
				b[j] = byte(g.next())
			} else {
				b[j] = alphabet[g.next()%uint64(len(alphabet))]
			}
		}
		decodeCase(string(b))
	}
	decodeCase("héllo, 世界 \U0001F600")
	for _, x := range []int64{-1 << 40, -1, 0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000,
		0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, 1<<31 - 1, -1 << 31, 1 << 31, 1<<32 + 0x41} {
		encodeCase(x)
	}
	for i := 0; i < 1000; i++ {
		encodeCase(int64(g.next() % 0x120000))
	}
	// string([]rune) with invalid elements
	rs := []rune{0x41, -1, 0xD800, 0x10FFFF, 0x110000, 0xE9}
	fmt.Fprint(out, "R ")
	for i, r := range rs {
		if i > 0 {
			out.WriteByte(',')
		}
		fmt.Fprint(out, r)
	}
	fmt.Fprintf(out, " %s\n", hexOf(string(rs)))
}
