package main

import (
	"errors"
	"fmt"
)

// fmt.Errorf: without %w an *errors.errorString, with one %w a *fmt.wrapError that Unwrap, Is and As see
// through. With two %w, go1.19 wraps nothing (the text says %!w) and go1.20+ make a *fmt.wrapErrors that Is
// searches depth-first. A %w of a non-error prints %!w and wraps nothing.

var errDisk = errors.New("disk full")
var errNet = errors.New("network down")

type retryable struct{ err error }

func (r retryable) Error() string { return "retryable: " + r.err.Error() }
func (r retryable) Unwrap() error { return r.err }

func save() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("save: %w", err)
		}
	}()
	return retryable{errDisk}
}

func main() {
	err := save()
	fmt.Printf("%T %v\n", err, err)
	fmt.Println(errors.Is(err, errDisk), errors.Unwrap(err))
	var r retryable
	fmt.Println(errors.As(err, &r), r.err)

	plain := fmt.Errorf("plain %v", errDisk)
	fmt.Printf("%T %v %v %v\n", plain, plain, errors.Unwrap(plain), errors.Is(plain, errDisk))

	two := fmt.Errorf("both: %w, %w", errDisk, errNet)
	fmt.Printf("%T %v\n", two, two)
	fmt.Println(errors.Is(two, errDisk), errors.Is(two, errNet), errors.Unwrap(two))

	odd := fmt.Errorf("%w", "not an error")
	fmt.Printf("%T %v %v\n", odd, odd, errors.Unwrap(odd))
	nilw := fmt.Errorf("nil: %w", nil)
	fmt.Printf("%T %v\n", nilw, nilw)

	defer func() {
		e := recover().(error)
		fmt.Println("recovered:", e, errors.Is(e, errNet))
	}()
	panic(fmt.Errorf("wrapped panic: %w", errNet))
}
