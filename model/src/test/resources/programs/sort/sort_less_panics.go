package main

import (
	"fmt"
	"sort"
)

// byLen is a sort.Interface that logs every Swap and panics in Less when it meets a word marked "!".
type byLen struct {
	words []string
	swaps int
}

func (b *byLen) Len() int { return len(b.words) }

func (b *byLen) Less(i, j int) bool {
	defer func() {
		if b.words[i] == "!" {
			fmt.Println("Less sees the bad word at", i)
		}
	}()
	if b.words[i] == "!" || b.words[j] == "!" {
		panic(fmt.Sprintf("bad word at %d or %d", i, j))
	}
	return len(b.words[i]) < len(b.words[j])
}

func (b *byLen) Swap(i, j int) {
	b.swaps++
	b.words[i], b.words[j] = b.words[j], b.words[i]
}

// sortWords recovers a panic raised inside a Less call: the slice stays as far as the sort got.
func sortWords(words []string) (err string) {
	b := &byLen{words: words}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint("recovered: ", r)
		}
		fmt.Println("after", b.swaps, "swaps:", b.words)
	}()
	sort.Sort(b)
	return "sorted"
}

func main() {
	fmt.Println(sortWords([]string{"ccc", "a", "bb", "dddd", "", "eeeee", "ff"}))
	fmt.Println(sortWords([]string{"ccc", "a", "bb", "dddd", "!", "eeeee", "ff", "g", "hhh", "ii", "j", "kkkkk", "l"}))

	calls := 0
	xs := []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0, 11, 10, 13, 12}
	func() {
		defer func() { fmt.Println("recovered:", recover(), "after", calls, "calls:", xs) }()
		sort.Slice(xs, func(i, j int) bool {
			calls++
			if calls == 20 {
				panic(calls)
			}
			return xs[i] < xs[j]
		})
	}()
	sort.SliceStable(xs, func(i, j int) bool { return xs[i]%3 < xs[j]%3 })
	fmt.Println("stable by mod 3:", xs)
	fmt.Println(sort.SliceIsSorted(xs, func(i, j int) bool { return xs[i] < xs[j] }))
}
