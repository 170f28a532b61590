// The model's declaration of package runtime (see LibraryLoader): Goexit, Breakpoint, GC and Gosched are the
// machines' builtins (ir.Builtin); the functions here are natives of defercheck.semantics.natives.RuntimeNatives.
package runtime

//unsupported: BlockProfile BlockProfileRecord CPUProfile GOARCH GOMAXPROCS GOOS GOROOT GoroutineProfile LockOSThread MemProfile
//unsupported: MemProfileRate MemProfileRecord MemStats MutexProfile NumCPU NumCgoCall ReadMemStats ReadTrace
//unsupported: SetBlockProfileRate SetCPUProfileRate SetCgoTraceback SetFinalizer SetMutexProfileFraction Stack
//unsupported: StackRecord StartTrace StopTrace ThreadCreateProfile TypeAssertionError UnlockOSThread Version
//go1.21 //unsupported: PanicNilError Pinner
//unsupported: Frame.Func Frame.Entry Func.Entry Func.FileLine
//opaque: Frames Func

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

// Frame is one logical frame of a call stack (see RuntimeNatives: the model's frames, with gc's function names,
// files and lines, plus the runtime's own frames where gc has them).
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames walks the program counters that Callers filled in.
type Frames struct {
	pcs  []uintptr
	next int
}

// Func is what FuncForPC finds for a program counter.
type Func struct {
	pc uintptr
}

// Caller is the frame skip calls up from its caller (0: the caller itself).
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills pc with the frames from skip calls up (0: Callers itself) and says how many it filled.
func Callers(skip int, pc []uintptr) int

// CallersFrames walks what Callers returned.
func CallersFrames(callers []uintptr) *Frames

// Next is the next frame, and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool)

// FuncForPC is the function that pc is in.
func FuncForPC(pc uintptr) *Func

// Name is the function's name as gc's tracebacks print it.
func (f *Func) Name() string
