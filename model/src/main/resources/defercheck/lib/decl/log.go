// The model's declaration of package log (see LibraryLoader): every function and method is a native of
// defercheck.semantics.natives.LogNatives. A line with a date, a time or a file name is refused when written:
// real Go prints the wall clock and the build's path there.
package log

import (
	"io"
	"os"
)

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

// A Logger's state. out is nil for the standard logger until something reads it: then it is os.Stderr (os is
// imported for that variable). guard always points somewhere: Go prints a Logger's internals with addresses,
// so fmt printing a Logger must show one (and the model refuses that line).
type Logger struct {
	prefix string
	flag   int
	out    io.Writer
	guard  *int
}

// The standard logger.
var std *Logger

func New(out io.Writer, prefix string, flag int) *Logger
func Default() *Logger

func Flags() int
func SetFlags(flag int)
func Prefix() string
func SetPrefix(prefix string)
func SetOutput(w io.Writer)
func Writer() io.Writer
func Output(calldepth int, s string) error
func Print(v ...any)
func Printf(format string, v ...any)
func Println(v ...any)
func Fatal(v ...any)
func Fatalf(format string, v ...any)
func Fatalln(v ...any)
func Panic(v ...any)
func Panicf(format string, v ...any)
func Panicln(v ...any)

func (l *Logger) Flags() int
func (l *Logger) SetFlags(flag int)
func (l *Logger) Prefix() string
func (l *Logger) SetPrefix(prefix string)
func (l *Logger) SetOutput(w io.Writer)
func (l *Logger) Writer() io.Writer
func (l *Logger) Output(calldepth int, s string) error
func (l *Logger) Print(v ...any)
func (l *Logger) Printf(format string, v ...any)
func (l *Logger) Println(v ...any)
func (l *Logger) Fatal(v ...any)
func (l *Logger) Fatalf(format string, v ...any)
func (l *Logger) Fatalln(v ...any)
func (l *Logger) Panic(v ...any)
func (l *Logger) Panicf(format string, v ...any)
func (l *Logger) Panicln(v ...any)
