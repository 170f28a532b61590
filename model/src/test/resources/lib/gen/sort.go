// Generator of expected values for defercheck.lib.sort (run by SortMachineTest when a Go toolchain is
// installed). For each input pattern and length it logs every Less and Swap call of sort.Sort, sort.Stable,
// sort.Slice, sort.SliceStable and sort.IsSorted, and prints an FNV-1a hash of the log, the call counts and a
// hash of the final order of element ids. The test rebuilds the same inputs from the same seeds.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"sort"
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

type fnv struct{ h uint64 }

func newFnv() *fnv { return &fnv{14695981039346656037} }

func (f *fnv) add(s string) {
	for i := 0; i < len(s); i++ {
		f.h ^= uint64(s[i])
		f.h *= 1099511628211
	}
}

type elem struct{ key, id int }

// calls logs the calls one sort makes. Less compares the keys, except for the patterns that answer without
// looking at the data: "coin" (random answers), "alwaystrue" and "indexgt" (i > j); the last two drive
// pdqsort into its heapsort fallback.
type calls struct {
	log         *fnv
	less, swaps int
	pattern     string
	coin        *rng
}

func (c *calls) lessOf(data []elem, i, j int) bool {
	c.less++
	c.log.add(fmt.Sprintf("L%d,%d;", i, j))
	switch c.pattern {
	case "coin":
		return c.coin.next()&1 == 1
	case "alwaystrue":
		return true
	case "indexgt":
		return i > j
	}
	return data[i].key < data[j].key
}

type logged struct {
	data []elem
	c    *calls
}

func (l logged) Len() int           { return len(l.data) }
func (l logged) Less(i, j int) bool { return l.c.lessOf(l.data, i, j) }
func (l logged) Swap(i, j int) {
	l.c.swaps++
	l.c.log.add(fmt.Sprintf("S%d,%d;", i, j))
	l.data[i], l.data[j] = l.data[j], l.data[i]
}

var patterns = []string{"rand", "perm", "sorted", "reversed", "equal", "pipe", "saw", "nearly", "descdup", "coin", "alwaystrue", "indexgt"}

func keys(pattern string, n int, r *rng) []elem {
	d := make([]elem, n)
	for i := range d {
		d[i].id = i
		switch pattern {
		case "rand":
			d[i].key = int(r.next() % uint64(n/4+1))
		case "perm", "sorted", "nearly", "coin", "alwaystrue", "indexgt":
			d[i].key = i
		case "reversed":
			d[i].key = n - i
		case "equal":
			d[i].key = 7
		case "pipe":
			d[i].key = i
			if n-i < i {
				d[i].key = n - i
			}
		case "saw":
			d[i].key = i % 7
		case "descdup":
			d[i].key = (n - i) / 3
		}
	}
	if pattern == "perm" {
		for i := n - 1; i > 0; i-- {
			j := int(r.next() % uint64(i+1))
			d[i].key, d[j].key = d[j].key, d[i].key
		}
	}
	if pattern == "nearly" && n > 1 {
		for k := 0; k < 3; k++ {
			i, j := int(r.next()%uint64(n)), int(r.next()%uint64(n))
			d[i].key, d[j].key = d[j].key, d[i].key
		}
	}
	return d
}

func orderHash(d []elem) uint64 {
	f := newFnv()
	for _, e := range d {
		f.add(fmt.Sprintf("%d,", e.id))
	}
	return f.h
}

func run(alg, pattern string, n int) {
	seed := uint64(n*100 + indexOf(pattern))
	d := keys(pattern, n, &rng{seed})
	c := &calls{log: newFnv(), pattern: pattern}
	if pattern == "coin" {
		c.coin = &rng{seed + 1}
	}
	result := uint64(0)
	switch alg {
	case "sort":
		sort.Sort(logged{d, c})
	case "stable":
		sort.Stable(logged{d, c})
	case "slice":
		sort.Slice(d, func(i, j int) bool { return c.lessOf(d, i, j) })
	case "slicestable":
		sort.SliceStable(d, func(i, j int) bool { return c.lessOf(d, i, j) })
	case "issorted":
		if sort.IsSorted(logged{d, c}) {
			result = 1
		}
	}
	if alg != "issorted" {
		result = orderHash(d)
	}
	fmt.Fprintf(out, "S %s %s %d %016x %d %d %016x\n", alg, pattern, n, c.log.h, c.less, c.swaps, result)
}

func indexOf(p string) int {
	for i, q := range patterns {
		if p == q {
			return i
		}
	}
	panic(p)
}

func sizes() []int {
	var ns []int
	for n := 0; n <= 64; n++ {
		ns = append(ns, n)
	}
	for n := 65; n <= 200; n += 9 {
		ns = append(ns, n)
	}
	return append(ns, 256, 500, 1000)
}

// floats prints F, the input bits and the bits after sort.Float64s: where NaNs and the two zeros end up.
func floats(r *rng, n int) {
	specials := []uint64{0, 1 << 63, math.Float64bits(1), math.Float64bits(-1), math.Float64bits(math.Inf(1)),
		math.Float64bits(math.Inf(-1)), 0x7FF8000000000001, 0x7FF8000000000002, 0xFFF8000000000000,
		math.Float64bits(2.5), math.Float64bits(1e300), 1}
	x := make([]float64, n)
	for i := range x {
		x[i] = math.Float64frombits(specials[r.next()%uint64(len(specials))])
	}
	fmt.Fprintf(out, "F %s", bits(x))
	sort.Float64s(x)
	fmt.Fprintf(out, " %s\n", bits(x))
}

func bits(x []float64) string {
	if len(x) == 0 {
		return "-"
	}
	s := make([]string, len(x))
	for i, v := range x {
		s[i] = fmt.Sprintf("%x", math.Float64bits(v))
	}
	return strings.Join(s, ",")
}

// search prints B, n, the target, a hash of the probed indexes and sort.Search's result over keys 2*i;
// with a negative target the predicate answers from a coin instead.
func search(n, target int) {
	f := newFnv()
	coin := &rng{uint64(n)}
	got := sort.Search(n, func(h int) bool {
		f.add(fmt.Sprintf("P%d;", h))
		if target < 0 {
			return coin.next()&1 == 1
		}
		return 2*h >= target
	})
	fmt.Fprintf(out, "B %d %d %016x %d\n", n, target, f.h, got)
}

func main() {
	defer out.Flush()
	for _, n := range sizes() {
		for _, p := range patterns {
			for _, alg := range []string{"sort", "stable", "slice", "slicestable", "issorted"} {
				run(alg, p, n)
			}
		}
	}
	r := &rng{42}
	for n := 0; n <= 60; n++ {
		floats(r, n)
		floats(r, n)
	}
	for _, n := range []int{100, 150, 200} {
		floats(r, n)
	}
	for _, n := range []int{0, 1, 2, 3, 7, 8, 100, 1000} {
		for _, t := range []int{-1, 0, 1, 2, 5, 99, 2 * n, 2*n + 1} {
			search(n, t)
		}
	}
}
