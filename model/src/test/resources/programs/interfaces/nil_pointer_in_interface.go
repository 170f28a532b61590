package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func find(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{"failed"}
	}
	return e // never a nil interface: it holds a *MyErr
}

func check() (err error) {
	defer func() {
		fmt.Println("check returns nil?", err == nil)
	}()
	return find(false)
}

// An interface holding a nil pointer is not nil; its methods still run with the nil receiver.
func main() {
	err := check()
	fmt.Println(err == nil, err, err.Error())
	var e *MyErr
	var i error = e
	var j error
	fmt.Println(i == nil, j == nil, i != j, find(true))
	fmt.Printf("%v %T %T\n", i, i, j)
}
