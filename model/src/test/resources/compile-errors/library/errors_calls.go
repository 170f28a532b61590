package main

import "errors"

func main() {
	errors.New() // want 2: not enough arguments in call to errors.New\n\thave ()\n\twant (string)
	errors.New(1) // want 13: cannot use 1 (untyped int constant) as string value in argument to errors.New
	errors.New("a", "b") // want 18: too many arguments in call to errors.New\n\thave (string, string)\n\twant (string)
	_ = errors.Is(errors.New("a"), "b") // want[1.21-] 33: cannot use "b" (constant of type string) as error value in argument to errors.Is: string does not implement error (missing method Error) // want[-1.19] 33: cannot use "b" (constant of type string) as type error in argument to errors.Is:\n\tstring does not implement error (missing Error method)
	_ = errors.As(nil) // want 16: not enough arguments in call to errors.As\n\thave (nil)\n\twant (error, any)
	_ = errors.Unwrap("x") // want[1.21-] 20: cannot use "x" (constant of type string) as error value in argument to errors.Unwrap: string does not implement error (missing method Error) // want[-1.19] 20: cannot use "x" (constant of type string) as type error in argument to errors.Unwrap:\n\tstring does not implement error (missing Error method)
	_ = errors.Join(errors.New("a")) // want[-1.19] 13: undefined: errors.Join
	_ = errors.Nope // want 13: undefined: errors.Nope
	_ = errors.errorString{} // want[-1.22] 13: errorString not exported by package errors // want[1.23-] 13: name errorString not exported by package errors
}
