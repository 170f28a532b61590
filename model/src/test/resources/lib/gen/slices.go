// Generator of expected values for defercheck.lib.sort's use by package slices (run by SlicesSortTest on Go
// 1.21 or later). For the input patterns of sort.go it logs every cmp call of slices.SortFunc,
// slices.SortStableFunc and slices.IsSortedFunc by the ids of the two elements compared, and prints an FNV-1a
// hash of the log, the call count and a hash of the final order of ids; slices.Sort of float64 specials as
// bits; slices.BinarySearch and BinarySearchFunc (with their probes hashed).
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"slices"
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

var patterns = []string{"rand", "perm", "sorted", "reversed", "equal", "pipe", "saw", "nearly", "descdup", "coin", "alwaystrue", "idgt"}

func keys(pattern string, n int, r *rng) []elem {
	d := make([]elem, n)
	for i := range d {
		d[i].id = i
		switch pattern {
		case "rand":
			d[i].key = int(r.next() % uint64(n/4+1))
		case "reversed":
			d[i].key = n - i
		case "equal":
			d[i].key = 7
		case "pipe":
			d[i].key = min(i, n-i)
		case "saw":
			d[i].key = i % 7
		case "descdup":
			d[i].key = (n - i) / 3
		default:
			d[i].key = i
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

func run(alg, pattern string, n int) {
	seed := uint64(n*100 + slices.Index(patterns, pattern))
	d := keys(pattern, n, &rng{seed})
	coin := &rng{seed + 1}
	log := newFnv()
	calls := 0
	cmp := func(a, b elem) int {
		calls++
		log.add(fmt.Sprintf("C%d,%d;", a.id, b.id))
		switch pattern {
		case "coin":
			if coin.next()&1 == 1 {
				return -1
			}
			return 1
		case "alwaystrue":
			return -1
		case "idgt":
			return b.id - a.id
		}
		return a.key - b.key
	}
	result := uint64(0)
	switch alg {
	case "sortfunc":
		slices.SortFunc(d, cmp)
	case "stablefunc":
		slices.SortStableFunc(d, cmp)
	case "issortedfunc":
		if slices.IsSortedFunc(d, cmp) {
			result = 1
		}
	}
	if alg != "issortedfunc" {
		h := newFnv()
		for _, e := range d {
			h.add(fmt.Sprintf("%d,", e.id))
		}
		result = h.h
	}
	fmt.Fprintf(out, "S %s %s %d %016x %d %016x\n", alg, pattern, n, log.h, calls, result)
}

func floats(r *rng, n int) {
	specials := []uint64{0, 1 << 63, math.Float64bits(1), math.Float64bits(-1), math.Float64bits(math.Inf(1)),
		math.Float64bits(math.Inf(-1)), 0x7FF8000000000001, 0x7FF8000000000002, 0xFFF8000000000000,
		math.Float64bits(2.5), math.Float64bits(1e300), 1}
	x := make([]float64, n)
	for i := range x {
		x[i] = math.Float64frombits(specials[r.next()%uint64(len(specials))])
	}
	fmt.Fprintf(out, "F %s", bits(x))
	slices.Sort(x)
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

// search prints B, n, the target, slices.BinarySearch over keys 2*i, then BinarySearchFunc's probe hash and
// results (its cmp also answers the final found check).
func search(n, target int) {
	x := make([]int, n)
	for i := range x {
		x[i] = 2 * i
	}
	i, found := slices.BinarySearch(x, target)
	f := newFnv()
	j, found2 := slices.BinarySearchFunc(x, target, func(e, t int) int {
		f.add(fmt.Sprintf("P%d;", e/2))
		return e - t
	})
	fmt.Fprintf(out, "B %d %d %d %t %016x %d %t\n", n, target, i, found, f.h, j, found2)
}

func main() {
	defer out.Flush()
	var ns []int
	for n := 0; n <= 64; n++ {
		ns = append(ns, n)
	}
	for n := 65; n <= 200; n += 9 {
		ns = append(ns, n)
	}
	ns = append(ns, 256, 500, 1000)
	for _, n := range ns {
		for _, p := range patterns {
			for _, alg := range []string{"sortfunc", "stablefunc", "issortedfunc"} {
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
