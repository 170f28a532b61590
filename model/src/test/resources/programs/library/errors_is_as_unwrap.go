package main

import (
	"errors"
	"fmt"
)

// errors.New, Is, As and Unwrap, with user types that wrap (Unwrap), match (Is) and convert (As); a deferred
// closure turns a recovered panic into the function's error, which the caller inspects with errors.As.

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type timeout struct{ after int }

func (t timeout) Error() string { return fmt.Sprint("timeout after ", t.after) }
func (t timeout) Is(target error) bool {
	fmt.Println("  timeout.Is called with", target)
	return target == ErrNotFound && t.after > 10
}

type PanicError struct{ Value any }

func (p PanicError) Error() string { return fmt.Sprint("panic: ", p.Value) }
func (p PanicError) As(target any) bool {
	fmt.Println("  PanicError.As called")
	if s, ok := target.(*string); ok {
		*s = fmt.Sprint(p.Value)
		return true
	}
	return false
}

func lookup(key string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &QueryError{key, PanicError{r}}
		}
	}()
	if key == "boom" {
		panic("index corrupted")
	}
	return &QueryError{key, ErrNotFound}
}

func main() {
	err := lookup("a")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	var qe *QueryError
	fmt.Println(errors.As(err, &qe), qe.Query)

	err = lookup("boom")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	var pe PanicError
	fmt.Println(errors.As(err, &pe), pe.Value)
	var text string
	fmt.Println(errors.As(err, &text), text)

	fmt.Println(errors.Is(timeout{5}, ErrNotFound), errors.Is(timeout{50}, ErrNotFound))
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, nil))
	fmt.Println(errors.Unwrap(ErrNotFound), errors.Unwrap(nil), errors.New("x") == errors.New("x"))
	fmt.Printf("%T %v %q\n", ErrNotFound, ErrNotFound, ErrNotFound)

	defer fmt.Println("deferred, then the crash prints the error's text")
	panic(err)
}
