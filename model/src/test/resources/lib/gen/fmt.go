// Generator of expected values for defercheck.lib.fmt (run by FmtTest when a Go toolchain is installed).
// Each line is a call: F (Sprintf), E (Errorf), P (Sprint) or L (Sprintln), the format in hex (F and E),
// the arguments as descriptors (see desc), and the result: "=" and the text in hex, plus for Errorf the
// indexes of the wrapped errors; or "panic" and the descriptor of the value the call panicked with.
// With the argument "big" it writes many more random directives.
package main

import (
	"bufio"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"sort"
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

// Types with methods. FmtTest's Java side answers their calls with the same results.
type Str int

func (s Str) String() string { return "Str" + strconv.Itoa(int(s)) }

type Err struct{ Msg string }

func (e Err) Error() string { return "err:" + e.Msg }

type PErr struct{ Msg string }

func (e *PErr) Error() string { return "perr:" + e.Msg }

type Both int

func (Both) Error() string  { return "E" }
func (Both) String() string { return "S" }

type GoS int

func (GoS) GoString() string { return "GoS!" }
func (GoS) String() string   { return "gs" }

type Boom int

func (Boom) String() string { panic("boom") }

type BoomErr int

func (BoomErr) String() string { panic(Err{"inner"}) }

type Twice int

func (Twice) String() string { panic(Boom(7)) }

type Name string
type Celsius float64
type Flag bool
type Bytes []byte

type Point struct{ X, Y int }

type Inner struct {
	A int
	b string
	S Str
	s Str
}

type Outer struct {
	Inner
	P *Point
	I any
	E error
	M map[string]int
	L []Str
}

var (
	errorType      = reflect.TypeOf((*error)(nil)).Elem()
	stringerType   = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	goStringerType = reflect.TypeOf((*fmt.GoStringer)(nil)).Elem()
)

func methods(v reflect.Value) string {
	if !v.CanInterface() {
		return "-"
	}
	m := ""
	if v.Type().Implements(errorType) {
		m += "E"
	}
	if v.Type().Implements(stringerType) {
		m += "S"
	}
	if v.Type().Implements(goStringerType) {
		m += "G"
	}
	if m == "" {
		return "-"
	}
	return m
}

func b01(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// desc appends the tokens describing v: kind letter, type (hex), methods, then the contents.
func desc(v reflect.Value, t *[]string) {
	if !v.IsValid() {
		*t = append(*t, "N")
		return
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			*t = append(*t, "z", h(v.Type().String()))
			return
		}
		desc(v.Elem(), t)
		return
	}
	head := []string{"", h(v.Type().String()), methods(v)}
	switch v.Kind() {
	case reflect.Bool:
		head[0] = "b"
		*t = append(*t, append(head, b01(v.Bool()))...)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		head[0] = "i"
		*t = append(*t, append(head, strconv.FormatInt(v.Int(), 10))...)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		head[0] = "u"
		*t = append(*t, append(head, strconv.FormatUint(v.Uint(), 10))...)
	case reflect.Float32, reflect.Float64:
		head[0] = "f"
		*t = append(*t, append(head, strconv.Itoa(v.Type().Bits()), strconv.FormatUint(math.Float64bits(v.Float()), 16))...)
	case reflect.Complex64, reflect.Complex128:
		head[0] = "c"
		c := v.Complex()
		*t = append(*t, append(head, strconv.Itoa(v.Type().Bits()), strconv.FormatUint(math.Float64bits(real(c)), 16),
			strconv.FormatUint(math.Float64bits(imag(c)), 16))...)
	case reflect.String:
		head[0] = "s"
		*t = append(*t, append(head, h(v.String()))...)
	case reflect.Slice, reflect.Array:
		head[0] = "q"
		isNil := v.Kind() == reflect.Slice && v.IsNil()
		*t = append(*t, append(head, b01(v.Kind() == reflect.Array), b01(isNil), b01(v.Type().Elem().Kind() == reflect.Uint8), strconv.Itoa(v.Len()))...)
		for i := 0; i < v.Len(); i++ {
			desc(v.Index(i), t)
		}
	case reflect.Struct:
		head[0] = "t"
		*t = append(*t, append(head, strconv.Itoa(v.NumField()))...)
		for i := 0; i < v.NumField(); i++ {
			*t = append(*t, h(v.Type().Field(i).Name))
			desc(v.Field(i), t)
		}
	case reflect.Map:
		head[0] = "m"
		*t = append(*t, append(head, b01(v.IsNil()), strconv.Itoa(v.Len()))...)
		// entries in a fixed order that is not fmt's: by the reversed text of their descriptors
		var entries []string
		iter := v.MapRange()
		for iter.Next() {
			var e []string
			desc(iter.Key(), &e)
			desc(iter.Value(), &e)
			entries = append(entries, strings.Join(e, ","))
		}
		sort.Slice(entries, func(i, j int) bool { return reverse(entries[i]) < reverse(entries[j]) })
		*t = append(*t, entries...)
	case reflect.Pointer:
		head[0] = "p"
		*t = append(*t, append(head, b01(v.IsNil()))...)
		if !v.IsNil() {
			desc(v.Elem(), t)
		}
	default:
		panic("no descriptor for " + v.Type().String())
	}
}

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func args(a []any) string {
	var t []string
	t = append(t, strconv.Itoa(len(a)))
	for _, x := range a {
		desc(reflect.ValueOf(x), &t)
	}
	return strings.Join(t, ",")
}

func call(kind string, format string, a ...any) {
	var res string
	func() {
		defer func() {
			if r := recover(); r != nil {
				var t []string
				desc(reflect.ValueOf(r), &t)
				res = "panic " + strings.Join(t, ",")
			}
		}()
		switch kind {
		case "F":
			res = "= " + h(fmt.Sprintf(format, a...))
		case "E":
			err := fmt.Errorf(format, a...)
			res = "= " + h(err.Error()) + " " + wrapped(err, a)
		case "P":
			res = "= " + h(fmt.Sprint(a...))
		case "L":
			res = "= " + h(fmt.Sprintln(a...))
		}
	}()
	if kind == "F" || kind == "E" {
		fmt.Fprintf(out, "%s %s %s %s\n", kind, h(format), args(a), res)
	} else {
		fmt.Fprintf(out, "%s %s %s\n", kind, args(a), res)
	}
}

// wrapped lists the indexes of the arguments that Errorf's error wraps ("-" for none).
func wrapped(err error, a []any) string {
	var ws []error
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		ws = u.Unwrap()
	case interface{ Unwrap() error }:
		ws = []error{u.Unwrap()}
	}
	var idx []string
	for _, w := range ws {
		for i, x := range a {
			if e, ok := x.(error); ok && w != nil && reflect.TypeOf(e) == reflect.TypeOf(w) && e == w {
				idx = append(idx, strconv.Itoa(i))
				break
			}
		}
	}
	if len(ws) == 1 && ws[0] == nil {
		return "nilwrap"
	}
	if len(idx) == 0 {
		return "-"
	}
	return strings.Join(idx, ".")
}

func values() []any {
	var nilPErr *PErr
	var nilBytes []byte
	return []any{nil, true, false, 0, 7, -42, int8(-128), int16(300), int32(-5), int64(math.MinInt64), int64(math.MaxInt64),
		uint(0), uint8(200), uint16(65535), uint32(1 << 31), uint64(math.MaxUint64), uintptr(0xdead), 'x', rune(0x1F600),
		rune(-1), 0x110000, 0.0, math.Copysign(0, -1), 1.0, -2.5, 3.14159, 1e21, 1e-7, 123456.789, math.Inf(1), math.Inf(-1),
		math.NaN(), float32(0.1), float32(-1e10), complex(1, -2), complex64(complex(0.5, math.Inf(1))), "", "hi",
		"héllo, 世界", "a\tb\n\"c\"\x00\xff", "`raw`", []byte("bytes\x01"), nilBytes, []byte{}, Bytes("named"),
		Str(5), Err{"bad"}, &PErr{"p"}, nilPErr, Both(1), GoS(2), Boom(3), BoomErr(4), Name("nm"), Celsius(36.6),
		Flag(true), Point{1, -2}, &Point{3, 4}, []int{1, 2, 3}, []string{"a", "b c"}, [2]bool{true, false},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "a", 2: "b"}, map[Point]bool{{2, 1}: true, {1, 2}: false},
		[]any{1, "a", nil, 2.5}, Inner{1, "x", 2, 3}, Outer{Inner: Inner{A: 4}, I: Str(9), E: Err{"e"}, M: map[string]int{"z": 26}, L: []Str{1, 2}},
		[]Str{7, 8}, map[string]Str{"k": 1}, [3]byte{1, 2, 3}, []float64{0.5, math.Inf(1)}, struct{}{}, struct{ A, b any }{nil, 1},
		errors.New("plain"), []error{Err{"x"}, nil}, Twice(1)}
}

var verbs = []string{"v", "d", "b", "o", "O", "x", "X", "c", "q", "U", "e", "E", "f", "F", "g", "G", "s", "t", "T", "w", "z", "%"}

var flagSets = []string{"", "+", "-", "#", " ", "0", "+#", "-0", "0-", "# ", "+ ", "#0", "+0", "-#", " 0", "+-# 0"}
var widths = []string{"", "1", "6", "12", "*"}
var precs = []string{"", ".", ".0", ".2", ".5", ".12", ".*"}

func directive(g *rng) (string, []any) {
	fl := flagSets[g.intn(len(flagSets))]
	w := widths[g.intn(len(widths))]
	p := precs[g.intn(len(precs))]
	var extra []any
	if w == "*" {
		extra = append(extra, []any{8, -8, 3, "x", uint(4), int8(2), 2000000}[g.intn(7)])
	}
	if p == ".*" {
		extra = append(extra, []any{3, -1, 0, 1.5, 10}[g.intn(5)])
	}
	return "%" + fl + w + p, extra
}

func main() {
	defer out.Flush()
	big := len(os.Args) > 1 && os.Args[1] == "big"
	g := &rng{5}
	vs := values()
	rounds := 2
	if big {
		rounds = 15
	}
	for _, v := range vs {
		for _, verb := range verbs {
			for r := 0; r < rounds; r++ {
				d, extra := directive(g)
				if r == 0 {
					d, extra = "%", nil
				}
				call("F", "<"+d+verb+">", append(extra, v)...)
			}
		}
	}
	if big {
		return
	}
	fixedCases()
}

func fixedCases() {
	call("F", "")
	call("F", "plain")
	call("F", "%d %d", 1)
	call("F", "%d", 1, 2, "x", nil, Str(3), Boom(1))
	call("F", "%[2]d %[1]d", 1, 2)
	call("F", "%[3]d %[1]d", 1, 2)
	call("F", "%[0]d", 1)
	call("F", "%[1]d %d %d", 1, 2)
	call("F", "%[2]*[1]d|", 12, 5)
	call("F", "%[1]*d|", 5)
	call("F", "%[x]d", 1)
	call("F", "%[1", 1)
	call("F", "%[]d", 1)
	call("F", "%[-1]d", 1)
	call("F", "%[99999999999]d", 1)
	call("F", "%[2]2d", 1, 2)
	call("F", "%[2].2d", 1, 2)
	call("F", "%.[2]d", 1, 2)
	call("F", "%.[2]*d|", 1, 3, 4)
	call("F", "%", 1)
	call("F", "%-", 1)
	call("F", "%5", 1)
	call("F", "%.", 1)
	call("F", "%.5", 1)
	call("F", "abc%")
	call("F", "%!", 1)
	call("F", "%é", 1)
	call("F", "%\xff", 1)
	call("F", "%\U0001F600", "x")
	call("F", "%d")
	call("F", "%*d", 5)
	call("F", "%*d")
	call("F", "%.*d", 3)
	call("F", "%1234567890d", 1)
	call("F", "%.1234567890d", 1)
	call("F", "%1000d|", 1)
	call("F", "%-05d|%0-5d|%05s|%-05s|%05q|%07.2f|%-07.2f|%08x|%-8x|%0+8.3e", 1, 2, "ab", "ab", "q", -1.5, 1.5, 255, 255, 3.0)
	for _, x := range []any{1.0, 0.0, 1e100, 123.456, -0.001, float32(2.5), complex(1, 0.25), math.NaN()} {
		call("F", "%#x|%#X|%#.3x|%#.3X|%#g|%#.3g|%#G|%#e|%#v|%#b|%#.0f|%#.0e|%#10.2x|%#-12X|", x, x, x, x, x, x, x, x, x, x, x, x, x, x)
	}
	call("F", "%#v %+v %#v %+v", Point{1, 2}, Point{1, 2}, &Point{1, 2}, Outer{})
	call("F", "%v %s", Outer{}, Outer{})
	call("F", "%w", Err{"x"})
	call("F", "%v%%%v", 1, 2)
	call("F", "%x %X % x %#x %# x", "hello", []byte("hello"), "hi", "hi", "hi")
	call("F", "%08.3x|%-8.1x|%8.0x|", "abc", "abc", "abc")
	call("F", "%s %v %d", []string{"a"}, []any{nil}, []any{nil})
	call("F", "%t %v", Flag(false), Flag(true))
	call("F", "%v %.1f %s", Celsius(1.25), Celsius(1.25), Celsius(1.25))
	call("F", "%d %s %v %x", Bytes("ab"), Bytes("ab"), Bytes("ab"), Bytes("ab"))
	call("F", "%v %d %s", Str(1), Str(1), Str(1))
	call("F", "%v %s %x", Boom(1), BoomErr(2), Twice(3))
	call("F", "%v", []any{Boom(1), Str(2)})
	call("F", "%#v %v %s", GoS(1), GoS(1), []GoS{1})
	call("F", "%v %s %d", &PErr{"p"}, (*PErr)(nil), (*PErr)(nil))
	call("E", "no wrap")
	call("E", "a %w b", Err{"x"})
	call("E", "a %w b %w", Err{"x"}, &PErr{"y"})
	call("E", "a %w b %[1]w", Err{"x"})
	call("E", "%[2]w %[1]w", Err{"x"}, Err{"y"})
	call("E", "%w", "not an error")
	call("E", "%w", nil)
	call("E", "%v %w", Err{"a"}, 5)
	call("E", "%d %w", 1, Boom(2))
	call("E", "%#w %+w %5w|", Err{"x"}, Err{"y"}, Err{"z"})
	call("P", "")
	call("P", "", "a", "b", 1, 2, "c", 3.5, Name("n"), 4, nil, nil, true, Str(1), Str(2), []int{1})
	call("P", "", 1, 2, Name("x"), Name("y"), Celsius(1))
	call("L", "")
	call("L", "", "a", "b", 1, nil, Str(1), Boom(1), Twice(1))
	call("P", "", Twice(1), 2)
}
