package main

import (
	"fmt"
	"sync"
)

// Readers share an RWMutex: three goroutines hold read locks at once (each waits until all three are in), while
// TryLock fails. RLocker's Lock and Unlock are RLock and RUnlock, through the sync.Locker interface; a Mutex
// and an RWMutex are Lockers too. Printing shows each release's own fields.
func main() {
	var rw sync.RWMutex
	var in, out sync.WaitGroup
	in.Add(3)
	out.Add(3)
	for i := 0; i < 3; i++ {
		go func() {
			defer out.Done()
			rw.RLock()
			defer rw.RUnlock()
			in.Done()
			in.Wait()
		}()
	}
	in.Wait()
	fmt.Println("three readers in; TryLock:", rw.TryLock())
	out.Wait()
	var lockers []sync.Locker
	var mu sync.Mutex
	lockers = append(lockers, &mu, &rw, rw.RLocker())
	for _, l := range lockers {
		l.Lock()
		fmt.Printf("%T locked; ", l)
		l.Unlock()
	}
	fmt.Println()
	l := rw.RLocker()
	l.Lock()
	fmt.Println("RLocker holds a read lock; TryRLock:", rw.TryRLock(), "TryLock:", rw.TryLock())
	rw.RUnlock()
	l.Unlock()
	fmt.Println("Mutex.TryLock:", mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Printf("%v %+v\n", rw, mu)
}
