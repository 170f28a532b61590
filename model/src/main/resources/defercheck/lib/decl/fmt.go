// The model's declaration of package fmt (see LibraryLoader): Print, Println, Printf, Sprint, Sprintln and
// Sprintf are the machines' builtins (ir.Builtin); the functions here are natives of
// defercheck.semantics.natives.FmtNatives. fmt.Stringer and fmt.GoStringer come from check.Universe.
package fmt

import (
	"errors" // Errorf without %w makes an *errors.errorString
	"io"
)

//unsupported: Append Appendf Appendln Formatter Fscan Fscanf Fscanln GoStringer Scan ScanState Scanf Scanln
//unsupported: Scanner Sscan Sscanf Sscanln State Stringer
//go1.20 //unsupported: FormatString

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string

func (e *wrapError) Unwrap() error

//go1.20 type wrapErrors struct {
//go1.20 	msg  string
//go1.20 	errs []error
//go1.20 }

//go1.20 func (e *wrapErrors) Error() string

//go1.20 func (e *wrapErrors) Unwrap() []error

func Errorf(format string, a ...any) error

func Fprint(w io.Writer, a ...any) (n int, err error)

func Fprintln(w io.Writer, a ...any) (n int, err error)

func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
