// The model's declaration of package sync (see LibraryLoader): every method is a native of
// defercheck.semantics.natives.SyncNatives. Mutex has the runtime's fields of go1.19 to go1.23; WaitGroup has
// go1.20's layout (state: counter<<32 | waiters) and Once go1.21's (go1.22 made done an atomic.Uint32), which
// only printing a WaitGroup or Once with fmt would show. RWMutex has each release's own layout (its counters
// became atomic.Int32 in go1.20).
package sync

import "sync/atomic"

//unsupported: Cond Map NewCond OnceFunc OnceValue OnceValues Pool

type noCopy struct{}

type align64 struct{}

type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()

func (m *Mutex) Unlock()

func (m *Mutex) TryLock() bool

// Locker is implemented by *Mutex, *RWMutex and RWMutex.RLocker's result.
type Locker interface {
	Lock()
	Unlock()
}

type RWMutex struct {
	w         Mutex
	writerSem uint32
	readerSem uint32
//until1.20 readerCount int32
//until1.20 readerWait int32
//go1.20 readerCount atomic.Int32
//go1.20 readerWait atomic.Int32
}

func (rw *RWMutex) Lock()

func (rw *RWMutex) Unlock()

func (rw *RWMutex) RLock()

func (rw *RWMutex) RUnlock()

func (rw *RWMutex) TryLock() bool

func (rw *RWMutex) TryRLock() bool

func (rw *RWMutex) RLocker() Locker

type rlocker RWMutex

func (r *rlocker) Lock()

func (r *rlocker) Unlock()

type WaitGroup struct {
	noCopy noCopy
	state  struct {
		_ noCopy
		_ align64
		v uint64
	}
	sema uint32
}

func (wg *WaitGroup) Add(delta int)

func (wg *WaitGroup) Done()

func (wg *WaitGroup) Wait()

type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func())
