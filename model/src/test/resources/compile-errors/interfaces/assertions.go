package main

type I interface{ M() }
type J interface{ M() int }

type T struct{}

func (T) M() {}

type S struct{}

func main() {
	var x int
	_ = x.(int) // want 6: invalid operation: x (variable of type int) is not an interface
	var i I = T{}
	_ = i.(S) // want[-1.19] 6: impossible type assertion: i.(S)\n\tS does not implement I (missing M method) // want[1.21-] 6: impossible type assertion: i.(S)\n\tS does not implement I (missing method M)
	_ = i.(J)
	_ = i.(*T)
	var e error = i // want[1.21-] 16: cannot use i (variable of type I) as error value in variable declaration: I does not implement error (missing method Error) // want[-1.19] 16: cannot use i (variable of type I) as type error in variable declaration:\n\tI does not implement error (missing Error method)
	var a any = 1
	v, ok, extra := a.(int) // want 18: assignment mismatch: 3 variables but 1 value
	println(e, v, ok, extra)
}
