package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// The typed atomics of go1.19: Int32, Int64, Uint32, Uint64, Uintptr and Bool, whose zero value is ready to
// use, with Load, Store, Swap, CompareAndSwap and (for the integers) Add; fmt prints their fields.
type stats struct {
	hits  atomic.Int64
	ready atomic.Bool
}

func main() {
	var s stats
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(n int64) {
			defer wg.Done()
			s.hits.Add(n)
			s.ready.CompareAndSwap(false, true)
		}(int64(i))
	}
	wg.Wait()
	fmt.Println(s.hits.Load(), s.ready.Load())

	var a atomic.Int32
	var b atomic.Uint32
	var c atomic.Uint64
	var d atomic.Uintptr
	var e atomic.Bool
	a.Store(-3)
	fmt.Println(a.Add(1), a.Swap(9), a.CompareAndSwap(9, 10), a.CompareAndSwap(9, 11), a.Load())
	fmt.Println(b.Add(^uint32(0)), b.Swap(1), b.CompareAndSwap(1, 2), b.Load())
	c.Store(1 << 40)
	fmt.Println(c.Add(1), c.Swap(0), c.CompareAndSwap(0, 5), c.Load())
	fmt.Println(d.Add(3), d.Swap(4), d.CompareAndSwap(3, 5), d.Load())
	fmt.Println(e.Swap(true), e.Swap(false), e.CompareAndSwap(true, false), e.Load())
	e.Store(true)
	var f atomic.Int64
	f.Store(7)
	fmt.Println(f.Swap(1), f.CompareAndSwap(1, 2), f.Load())
	fmt.Printf("%v %v %+v %v\n", a, e, b, c)
	fmt.Printf("%T %T\n", &a, s.ready)
}
