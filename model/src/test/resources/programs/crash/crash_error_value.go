// Crash text for an error value prints its Error() text; here a recovered runtime error re-panicked through an error variable.
package main

import "fmt"

var zero = 0

func capture() (err error) {
	defer func() {
		err = recover().(error)
	}()
	fmt.Println(3 % zero)
	return nil
}

func main() {
	err := capture()
	fmt.Println("captured:", err)
	panic(err)
}
