// Generator of expected values for defercheck.lib.strings (run by StringsTest when a Go toolchain is
// installed). Strings are random concatenations of pieces chosen to hit ASCII and Unicode case pairs, folding
// orbits, Unicode spaces and invalid UTF-8; every byte string is written in hex ("-" when empty), a []string
// as its capacity, "/", then its elements' hex joined by ",", or "nil". With the argument "big" it prints ten
// times as many other cases.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"unicode"
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

var pieces = []string{"a", "A", "b", "x", "K", "k", "s", "S", " ", "\t", "\n", "\v", ",", ", ", "ab", "--",
	"\u00e9", "\u00c9", "\u00df", "\u1e9e", "\u212a", "\u017f", "\u0130", "\u0131", "\u03a3", "\u03c3", "\u03c2",
	"\u01c5", "\u01c4", "\u00a0", "\u2003", "\u3000", "\u0085", "\u1680", "\xff", "\xc3", "\xe2\x82", "\xef\xbf\xbd",
	"\xed\xa0\x80", "\xf4\x90\x80\x80", "\u00b5", "\u039c", "\u10d0", "\u1c90", "\U00010400", "\U00010428"}

func gen(r *rng, max int) string {
	n := int(r.next() % uint64(max+1))
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(pieces[r.next()%uint64(len(pieces))])
	}
	return b.String()
}

func h(s string) string {
	if s == "" {
		return "-"
	}
	return hex.EncodeToString([]byte(s))
}

func list(a []string) string {
	if a == nil {
		return "nil"
	}
	hs := make([]string, len(a))
	for i, s := range a {
		hs[i] = h(s)
	}
	return fmt.Sprintf("%d/%s", cap(a), strings.Join(hs, ","))
}

// pair prints P and what the two-string functions make of s and t, with n for the N variants.
func pair(s, t string, n int) {
	before, after, found := strings.Cut(s, t)
	fmt.Fprintf(out, "P %s %s %d %d %d %d %d %t %t %d %t %t %d %t %s %s %t %s %s %s %s %s %s %s %s %s %s %s %s\n",
		h(s), h(t), n,
		strings.Index(s, t), strings.LastIndex(s, t), strings.IndexAny(s, t), strings.LastIndexAny(s, t),
		strings.Contains(s, t), strings.ContainsAny(s, t), strings.Count(s, t),
		strings.HasPrefix(s, t), strings.HasSuffix(s, t), strings.Compare(s, t), strings.EqualFold(s, t),
		h(before), h(after), found, h(strings.TrimPrefix(s, t)), h(strings.TrimSuffix(s, t)),
		h(strings.Trim(s, t)), h(strings.TrimLeft(s, t)), h(strings.TrimRight(s, t)),
		list(strings.SplitN(s, t, n)), list(strings.SplitAfterN(s, t, n)), list(strings.Split(s, t)),
		list(strings.SplitAfter(s, t)), h(strings.Replace(s, t, "<>", n)), h(strings.ReplaceAll(s, t, "")),
		h(strings.Join(strings.Split(s, t), "+")))
}

var runes = []rune{'a', 'A', ' ', 0x80, 0xe9, 0xfffd, 0x212a, 0x10400, -1, 0xd800, 0x110000}

// single prints S and what the one-string functions make of s.
func single(s string) {
	fmt.Fprintf(out, "S %s %s %s %s %s %s %s %s", h(s), h(strings.ToUpper(s)), h(strings.ToLower(s)),
		h(strings.ToTitle(s)), h(strings.TrimSpace(s)), list(strings.Fields(s)), h(strings.ToValidUTF8(s, "?")),
		h(strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			if r == 'b' {
				return 0xd800
			}
			return r
		}, s)))
	fmt.Fprintf(out, " %s %s", list(strings.FieldsFunc(s, unicode.IsUpper)), h(strings.TrimFunc(s, unicode.IsLetter)))
	for _, r := range runes {
		fmt.Fprintf(out, " %d", strings.IndexRune(s, r))
	}
	fmt.Fprintf(out, " %d %d %d %d\n", strings.IndexByte(s, 0xff), strings.LastIndexByte(s, 'a'),
		strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsUpper))
}

func repeat(s string, count int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Fprintf(out, "R %s %d panic %s\n", h(s), count, h(fmt.Sprint(e)))
		}
	}()
	fmt.Fprintf(out, "R %s %d ok %s\n", h(s), count, h(strings.Repeat(s, count)))
}

// replacer prints N, the old/new strings and s in hex, and what NewReplacer(oldnew...).Replace(s) gives.
func replacer(oldnew []string, s string) {
	hs := make([]string, len(oldnew))
	for i, x := range oldnew {
		hs[i] = h(x)
	}
	fmt.Fprintf(out, "N %s %s %s\n", strings.Join(hs, ","), h(s), h(strings.NewReplacer(oldnew...).Replace(s)))
}

func main() {
	defer out.Flush()
	r := &rng{7}
	scale := 1
	if len(os.Args) > 1 && os.Args[1] == "big" {
		r, scale = &rng{8}, 10
	}
	ns := []int{-1, 0, 1, 2, 3, 5, 100}
	for i := 0; i < 1000*scale; i++ {
		s := gen(r, 8)
		t := gen(r, 2)
		if i%5 == 0 {
			t = ""
		}
		pair(s, t, ns[r.next()%uint64(len(ns))])
	}
	for i := 0; i < 700*scale; i++ {
		single(gen(r, 8))
	}
	small := []string{"", "a", "b", "ab", "aa", "\xff", "\u00e9", "\xc3", "x", "--"}
	for i := 0; i < 600*scale; i++ {
		pairs := 1 + int(r.next()%4)
		var oldnew []string
		for p := 0; p < pairs; p++ {
			old := small[r.next()%uint64(len(small))]
			if i%3 != 0 && old == "" {
				old = "a"
			}
			if i%2 == 0 && len(old) > 1 {
				old = old[:1]
			}
			oldnew = append(oldnew, old, small[r.next()%uint64(len(small))])
		}
		var b strings.Builder
		for k := int(r.next() % 7); k > 0; k-- {
			b.WriteString(small[r.next()%uint64(len(small))])
		}
		replacer(oldnew, b.String())
	}
	for _, c := range []int{0, 1, 3, -1, -1 << 62, 1 << 62, 1<<63 - 1} {
		repeat("ab", c)
		repeat("", c)
	}
	repeat("xyz", 1<<62)
}
