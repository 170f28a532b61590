package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// The sync/atomic functions on int32, int64, uint32, uint64 and uintptr: Add returns the new value and wraps at
// the word's width, Swap the old one, CompareAndSwap whether it swapped. Ten goroutines adding to one counter
// give the full total.
func main() {
	var n int32
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				atomic.AddInt32(&n, 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println("total", atomic.LoadInt32(&n))

	var i32 int32 = 2147483647
	fmt.Println(atomic.AddInt32(&i32, 1))
	fmt.Println(i32)
	var u32 uint32
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.SwapUint32(&u32, 7))
	fmt.Println(u32)
	var i64 int64 = -5
	fmt.Println(atomic.AddInt64(&i64, 10), atomic.CompareAndSwapInt64(&i64, 4, 9), atomic.CompareAndSwapInt64(&i64, 5, 9))
	fmt.Println(i64)
	var u64 uint64
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println(atomic.LoadUint64(&u64), atomic.AddUint64(&u64, 1<<63), atomic.SwapUint64(&u64, 3))
	var p uintptr = 10
	fmt.Println(atomic.AddUintptr(&p, 5), atomic.LoadUintptr(&p), atomic.CompareAndSwapUintptr(&p, 15, 1))
	fmt.Println(p)
	atomic.StoreInt32(&i32, -1)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, -1, 0), atomic.SwapInt32(&i32, 4), atomic.LoadInt32(&i32))
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 7, 8), atomic.LoadUint32(&u32), atomic.LoadInt64(&i64))
	atomic.StoreInt64(&i64, 1)
	atomic.StoreUintptr(&p, 2)
	atomic.StoreUint32(&u32, 3)
	fmt.Println(i64, p, u32)
	fmt.Println(atomic.SwapInt64(&i64, 0), atomic.SwapUintptr(&p, 0), atomic.CompareAndSwapUint64(&u64, 3, 4))
	fmt.Println(i64, p, u64)
}
