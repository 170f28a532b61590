// The model's declaration of package runtime (see LibraryLoader): Goexit, Breakpoint, GC and Gosched are the
// machines' builtins (ir.Builtin); the functions here are natives of defercheck.semantics.natives.RuntimeNatives.
package runtime

//unsupported: BlockProfile BlockProfileRecord CPUProfile Caller Callers CallersFrames Frame Frames Func
//unsupported: FuncForPC GOARCH GOMAXPROCS GOOS GOROOT GoroutineProfile LockOSThread MemProfile
//unsupported: MemProfileRate MemProfileRecord MemStats MutexProfile NumCPU NumCgoCall ReadMemStats ReadTrace
//unsupported: SetBlockProfileRate SetCPUProfileRate SetCgoTraceback SetFinalizer SetMutexProfileFraction Stack
//unsupported: StackRecord StartTrace StopTrace ThreadCreateProfile TypeAssertionError UnlockOSThread Version
//go1.21 //unsupported: PanicNilError Pinner

// Error is the interface of the run-time errors the machines make (semantics.RuntimeErrorKind).
type Error interface {
	error
	RuntimeError()
}

// Compiler names the toolchain: the model is a model of gc.
const Compiler = "gc"

// KeepAlive keeps x reachable: the model has no collector, so nothing to do.
func KeepAlive(x any)

// NumGoroutine is the number of goroutines that exist.
func NumGoroutine() int
