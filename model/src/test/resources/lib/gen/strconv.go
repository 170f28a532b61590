// Generator of expected values for defercheck.lib.strconv's integers, bools and unquoting (run by StrconvTest
// when a Go toolchain is installed). Byte strings are written in hex ("-" when empty); an error is written as
// the hex of its Error() text, or "nil".
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

func e(err error) string {
	if err == nil {
		return "nil"
	}
	return h(err.Error())
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

func ints(g *rng) {
	vals := []int64{0, 1, -1, 7, -8, 35, 36, 255, -256, 1 << 31, -1 << 31, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1}
	for _, v := range vals {
		for base := 2; base <= 36; base++ {
			fmt.Fprintf(out, "FI %d %d %s %s\n", v, base, strconv.FormatInt(v, base), strconv.FormatUint(uint64(v), base))
		}
	}
	for i := 0; i < 250; i++ {
		v := int64(g.next()) >> uint(g.intn(64))
		base := []int{2, 8, 10, 16, 36, 3 + g.intn(33)}[g.intn(6)]
		fmt.Fprintf(out, "FI %d %d %s %s\n", v, base, strconv.FormatInt(v, base), strconv.FormatUint(uint64(v), base))
	}
	fmt.Fprintf(out, "IT %d %s\n", math.MinInt64, strconv.Itoa(math.MinInt64))
}

var numbers = []string{"", "0", "-0", "+0", "1", "+1", "-1", "-", "+", "12a", "a12", " 1", "1 ", "00", "007", "08",
	"0x", "0x1f", "0X1F", "-0x80", "0b101", "0B2", "0o17", "0O8", "0_1", "1_000", "1__0", "_1", "1_", "0x_1f", "0x1f_",
	"-1_0", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
	"18446744073709551615", "18446744073709551616", "99999999999999999999999", "-99999999999999999999999",
	"127", "128", "-128", "-129", "255", "256", "32767", "32768", "65535", "65536", "2147483647", "2147483648",
	"-2147483648", "-2147483649", "4294967295", "4294967296", "zz", "ZZ", "z_z", "1e3", "1.0", "\xff", "１",
	"0x8000000000000000", "-0x8000000000000000", "0xffffffffffffffff", "0x10000000000000000", "0b", "0o", "00x1"}

func parses() {
	bases := []int{0, 2, 8, 10, 16, 36, 1, 37, -1}
	sizes := []int{0, 8, 16, 32, 64, 65, -1}
	for _, s := range numbers {
		for _, base := range bases {
			for _, size := range sizes {
				if base != 0 && base != 10 && size != 64 {
					continue
				}
				i, err := strconv.ParseInt(s, base, size)
				u, uerr := strconv.ParseUint(s, base, size)
				fmt.Fprintf(out, "PI %s %d %d %d %s %d %s\n", h(s), base, size, i, e(err), u, e(uerr))
			}
		}
		a, err := strconv.Atoi(s)
		b, berr := strconv.ParseBool(s)
		fmt.Fprintf(out, "A %s %d %s %t %s\n", h(s), a, e(err), b, e(berr))
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", "", "\x00"} {
		b, berr := strconv.ParseBool(s)
		fmt.Fprintf(out, "B %s %t %s %s\n", h(s), b, e(berr), strconv.FormatBool(b))
	}
}

func unquoteCase(s string) {
	u, err := strconv.Unquote(s)
	p, perr := strconv.QuotedPrefix(s)
	fmt.Fprintf(out, "U %s %s %s %s %s", h(s), h(u), e(err), h(p), e(perr))
	for _, q := range []byte{'"', '\'', '`'} {
		v, mb, tail, err := strconv.UnquoteChar(s, q)
		fmt.Fprintf(out, " %d,%t,%s,%s", v, mb, h(tail), e(err))
	}
	out.WriteByte('\n')
}

func unquotes(g *rng) {
	fixed := []string{``, `"`, `""`, `''`, "``", `'a'`, `'ab'`, `'\''`, `'"'`, `"'"`, `"\'"`, `'\"'`, `"\""`, `"a\"b"`, `"\x41"`,
		`"\xff"`, `"\377"`, `"\400"`, `"\18"`, `"\u00e9"`, `"\U0001F600"`, `"\ud800"`, `"\U00110000"`, `"\q"`, `"\"`,
		"\"a\nb\"", "`a\nb`", "`a\r\nb`", "`a`b`", `"abc"def`, `'\x00'`, `'\777'`, "'\xff'", "\"\xff\"", "'\u00e9'",
		"'\xe9'", `"\a\b\f\n\r\t\v\\"`, `\n`, `\x4`, `\u12`, `é`, `a`, `\`, "\xff", `'`, "\"\u00e9\"", `"\X41"`, `"\xG1"`}
	for _, s := range fixed {
		unquoteCase(s)
	}
	escapes := []string{`\a`, `\b`, `\f`, `\n`, `\r`, `\t`, `\v`, `\\`, `\'`, `\"`, `\x7f`, `\xFf`, `\u00A0`, `\U0010ffff`,
		`\000`, `\177`, `\378`, `\x`, `\u`, `\U1`, `\z`, "\n", "\r", "\t", "`", "\xc3\xa9", "\xc3", "a"}
	for i := 0; i < 300; i++ {
		q := []string{`"`, `'`, "`"}[g.intn(3)]
		var b string
		n := g.intn(4)
		for j := 0; j < n; j++ {
			if g.intn(2) == 0 {
				b += escapes[g.intn(len(escapes))]
			} else {
				b += text(g)
			}
		}
		s := q + b + q
		if g.intn(6) == 0 {
			s += text(g)
		}
		unquoteCase(s)
		unquoteCase(b)
	}
}

func main() {
	defer out.Flush()
	g := &rng{12}
	ints(g)
	parses()
	unquotes(g)
}
