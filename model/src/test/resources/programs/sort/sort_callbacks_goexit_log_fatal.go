package main

import (
	"bytes"
	"fmt"
	"log"
	"runtime"
	"sort"
	"strconv"
)

type P struct {
	Name string
	Age  int
}

type byAge []P

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type wrapped struct {
	sort.IntSlice
	calls int
}

func (w *wrapped) Less(i, j int) bool {
	w.calls++
	return w.IntSlice.Less(j, i)
}

type loud int

func (l loud) String() string {
	if l < 0 {
		panic("negative loud")
	}
	return "loud" + strconv.Itoa(int(l))
}

func recoveringLess(xs []int) {
	sort.Slice(xs, func(i, j int) (less bool) {
		defer func() {
			if r := recover(); r != nil {
				less = false
			}
		}()
		if xs[i] == 0 || xs[j] == 0 {
			panic("zero")
		}
		return xs[i] < xs[j]
	})
}

// sort.Sort and Stable on a value-receiver Interface, a type embedding sort.IntSlice (promoted Len and Swap, its own
// Less), Reverse's methods called directly; a less that recovers its own panic; log.Println and Printf calling a
// panicking String method; finally a less function that calls runtime.Goexit: main's deferred closure runs with
// recover() nil and log.Fatalln exits with status 1.
func main() {
	ps := byAge{{"a", 30}, {"b", 20}, {"c", 25}, {"d", 20}}
	sort.Stable(ps)
	fmt.Println(ps)
	sort.Sort(sort.Reverse(ps))
	fmt.Println(ps)
	w := &wrapped{IntSlice: []int{3, 1, 2, 5, 4}}
	sort.Sort(w)
	fmt.Println(w.IntSlice, w.calls, w.Len())
	r := sort.Reverse(sort.IntSlice{1, 2})
	fmt.Println(r.Less(0, 1), r.Len(), r)
	fmt.Printf("%v %+v %T\n", r, r, r)
	_, err := strconv.ParseInt("300", 10, 8)
	ne := err.(*strconv.NumError)
	fmt.Println(*ne)
	fmt.Printf("%v|%+v|%s|%q\n", ne, *ne, err, err)
	fmt.Println(strconv.Quote("\xff\xfe a\u2028"), strconv.QuoteToGraphic("\u00a0x"))
	xs := []int{3, 0, 2, 1, 5, 0, 4}
	recoveringLess(xs)
	fmt.Println(xs)
	var buf bytes.Buffer
	buf.WriteString("hello")
	fmt.Println(&buf, buf.String())
	log.SetFlags(0)
	log.Println(loud(2), loud(-1))
	log.Printf("%v|%s|%d", loud(3), loud(-2), loud(4))
	defer func() {
		recover()
		log.Fatalln("fatal in defer", 1)
	}()
	sort.Slice(xs, func(i, j int) bool {
		if xs[i] == 5 {
			runtime.Goexit()
		}
		return xs[i] < xs[j]
	})
	fmt.Println("not reached")
}
