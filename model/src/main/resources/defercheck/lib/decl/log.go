// The model's declaration of package log (see LibraryLoader): every function is a native of
// defercheck.semantics.natives.LogNatives. Only the standard logger, writing to stderr. A line with a date, a
// time or a file name is refused when written: real Go prints the wall clock and the build's path there.
package log

//unsupported: Default New Output SetOutput Writer Logger

const (
	Ldate         = 1
	Ltime         = 2
	Lmicroseconds = 4
	Llongfile     = 8
	Lshortfile    = 16
	LUTC          = 32
	Lmsgprefix    = 64
	LstdFlags     = 3 // Ldate | Ltime
)

// The standard logger's state: its flags and prefix (Go keeps them in the *Logger std).
var stdFlags int
var stdPrefix string

func Flags() int
func SetFlags(flag int)
func Prefix() string
func SetPrefix(prefix string)
func Print(v ...any)
func Printf(format string, v ...any)
func Println(v ...any)
func Fatal(v ...any)
func Fatalf(format string, v ...any)
func Fatalln(v ...any)
func Panic(v ...any)
func Panicf(format string, v ...any)
func Panicln(v ...any)
