// Generator of expected values for defercheck.lib.strconv.FloatParse (run by FloatParseTest when a Go
// toolchain is installed). Each line: the input in hex, then for bit sizes 64 and 32 the result's float64 bits
// in hex and the error's text in hex (or "nil"). With the argument "big" it writes many more random inputs.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
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

func parse(s string) {
	f, err := strconv.ParseFloat(s, 64)
	g, err32 := strconv.ParseFloat(s, 32)
	fmt.Fprintf(out, "%s %x %s %x %s\n", h(s), math.Float64bits(f), e(err), math.Float64bits(g), e(err32))
}

func e(err error) string {
	if err == nil {
		return "nil"
	}
	return h(err.Error())
}

// midpoint is the exact decimal text of the value halfway between x and the next float64 up (or float32 up).
func midpoint(x float64, f32 bool) string {
	var next float64
	if f32 {
		next = float64(math.Nextafter32(float32(x), float32(math.Inf(1))))
	} else {
		next = math.Nextafter(x, math.Inf(1))
	}
	if math.IsInf(next, 0) || math.IsNaN(x) || math.IsInf(x, 0) {
		return "0"
	}
	a := new(big.Float).SetPrec(2000).SetFloat64(x)
	b := new(big.Float).SetPrec(2000).SetFloat64(next)
	a.Add(a, b).Quo(a, big.NewFloat(2))
	t := a.Text('e', 800)
	// drop trailing zeros of the mantissa
	i := strings.IndexByte(t, 'e')
	m := strings.TrimRight(t[:i], "0")
	return m + t[i:]
}

func fixed() []string {
	return []string{"", "0", "-0", "+0", "1", "-1", ".5", "5.", ".", "-.", "+.5", "1e", "1e+", "1e-5", "1E5", "1e+308",
		"1e309", "-1e309", "1e-324", "2e-324", "3e-324", "1e-400", "1e400", "0e400", "1_000.5", "1__0", "_1", "1_",
		"0x1p-2", "0x1P+2", "0x1.8p1", "0X.8p0", "0x1", "0x", "0x.p1", "0x1p", "0x_1p0", "0x1_0p0", "0x1p1_0",
		"0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p-1076",
		"0x1.0000000000000800000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x123456789abcdef0123p0",
		"0x1p+127", "0x1.fffffeffp127", "0x1.ffffffp127", "0x1p-149", "0x1p-150", "0x1.8p-150",
		"inf", "+inf", "-inf", "Inf", "INF", "infinity", "+Infinity", "-INFINITY", "infin", "infx", "nan", "NaN",
		"NAN", "+nan", "-nan", "nanx", "in", "i", "n", "1.7976931348623157e308", "1.7976931348623158e308",
		"1.7976931348623159e308", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999",
		"4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "2.2250738585072011e-308",
		"2.2250738585072012e-308", "9007199254740993", "9007199254740992.5", "9007199254740993.0000000001",
		"1e23", "8.41e21", "1.00000000000000011102230246251565404236316680908203125",
		"1.00000000000000011102230246251565404236316680908203124", "1.00000000000000011102230246251565404236316680908203126",
		"3.4028235e38", "3.4028236e38", "3.40282356779733661637539395458142568448e38", "1.4e-45", "7e-46", "7.1e-46",
		"16777217", "16777217.000000001", "0.000000000000000000000000000000000000000000001", "1,5", "1.5.5", "1e5e5",
		" 1", "1 ", "1d", "1f", "0b101", "0o17", "00012", "1e-0", "1e+0", "1e0001", "1e99999999999999999999",
		"1e-99999999999999999999", "123456789012345678901234567890", "0.000001234567890123456789012345678901234567890",
		strings.Repeat("9", 400), strings.Repeat("1", 801), "0." + strings.Repeat("0", 330) + "1",
		"9007199254740993" + strings.Repeat("0", 790) + "e-790", "9007199254740993" + strings.Repeat("0", 800) + "e-800",
		"1" + strings.Repeat("0", 900) + "e-900", "2.5" + strings.Repeat("0", 900) + "1"}
}

func main() {
	defer out.Flush()
	big := len(os.Args) > 1 && os.Args[1] == "big"
	g := &rng{3}
	n := 250
	if big {
		n = 6000
	} else {
		for _, s := range fixed() {
			parse(s)
		}
	}
	for i := 0; i < n; i++ {
		x := math.Float64frombits(g.next())
		if math.IsNaN(x) {
			continue
		}
		f32 := float64(float32(x))
		parse(strconv.FormatFloat(x, 'g', -1, 64))
		parse(strconv.FormatFloat(x, 'e', 16, 64))
		parse(strconv.FormatFloat(f32, 'g', -1, 32))
		parse(strconv.FormatFloat(f32, 'e', 8, 64))
		parse(strconv.FormatFloat(x, 'x', -1, 64))
		parse(fmt.Sprintf("%d.%de%d", g.intn(1000000), g.intn(1000), g.intn(700)-350))
		parse(fmt.Sprintf("%de%d", g.next()>>uint(g.intn(64)), g.intn(80)-40))
		if i%5 == 0 || big && i%3 == 0 {
			parse(midpoint(x, false))
			parse(midpoint(f32, true))
			m := midpoint(x, false)
			if len(m) > 25 {
				// just below and above the exact midpoint
				parse(m[:24] + m[strings.IndexByte(m, 'e'):])
				parse(m[:strings.IndexByte(m, 'e')] + "0000001" + m[strings.IndexByte(m, 'e'):])
			}
		}
	}
}
