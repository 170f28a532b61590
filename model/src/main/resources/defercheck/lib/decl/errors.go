// The model's declaration of package errors (see LibraryLoader): every function is a native of
// defercheck.semantics.natives.ErrorsNatives.
package errors

//go1.21 //unsupported: ErrUnsupported

type errorString struct {
	s string
}

func (e *errorString) Error() string

func New(text string) error

func Unwrap(err error) error

func Is(err, target error) bool

func As(err error, target any) bool

//go1.20 type joinError struct {
//go1.20 	errs []error
//go1.20 }

//go1.20 func (e *joinError) Error() string

//go1.20 func (e *joinError) Unwrap() []error

//go1.20 func Join(errs ...error) error
