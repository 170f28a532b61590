package main

import (
	"fmt"
	"math"
	"sort"
)

type people []string

func (p people) Len() int           { return len(p) }
func (p people) Less(i, j int) bool { return p[i][0] < p[j][0] }
func (p people) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

// The deferred sort.Ints gets the slice at the defer statement and sorts the elements written after it;
// the deferred Reverse sort runs first.
func main() {
	xs := []int{3, 1, 2}
	defer fmt.Println("deferred print sees", xs)
	defer func() { fmt.Println("after deferred sorts:", xs) }()
	defer sort.Ints(xs)
	defer sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	xs[0] = 10
	xs = append(xs, 99)

	fs := []float64{2.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), math.NaN()}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	ss := []string{"pear", "Apple", "fig", "", "apple"}
	sort.Strings(ss)
	fmt.Println(ss, sort.StringsAreSorted(ss), sort.SearchStrings(ss, "fig"), sort.SearchStrings(ss, "zz"))
	is := []int{1, 3, 3, 5, 8}
	fmt.Println(sort.SearchInts(is, 3), sort.SearchInts(is, 4), sort.IntsAreSorted(is), sort.SearchFloat64s([]float64{1, 2}, 1.5))
	probes := []int{}
	i := sort.Search(100, func(n int) bool {
		probes = append(probes, n)
		return n*n >= 200
	})
	fmt.Println(i, probes)
	p := people{"dan", "ann", "cid", "bob", "al", "cy", "di", "bo"}
	sort.Stable(p)
	fmt.Println(p, sort.IsSorted(p))
	sort.Sort(sort.Reverse(p))
	fmt.Println(p)
	is2 := sort.IntSlice{4, 2, 9}
	is2.Sort()
	fmt.Println(is2, is2.Search(9), is2.Len())
	sl := sort.StringSlice{"b", "c", "a"}
	sort.Sort(sl)
	fmt.Println(sl)
}
