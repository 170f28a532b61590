// The model's declaration of package sync (see LibraryLoader): every method is a native of
// defercheck.semantics.natives.SyncNatives. Mutex has the runtime's fields of go1.19 to go1.23; WaitGroup has
// go1.20's layout (state: counter<<32 | waiters) and Once go1.21's (go1.22 made done an atomic.Uint32), which
// only printing a WaitGroup or Once with fmt would show.
package sync

//unsupported: Cond Locker Map NewCond OnceFunc OnceValue OnceValues Pool RWMutex Mutex.TryLock

type noCopy struct{}

type align64 struct{}

type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()

func (m *Mutex) Unlock()

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
