// A panic raised while another is running: both stay on the panic stack,
// the frame's remaining defers still run, and recover() sees the newest one.
package main

import "fmt"

func cleanup(name string) {
	fmt.Println("cleanup", name)
}

func work() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("recovered: ", r)
		}
	}()
	defer cleanup("db")
	defer func() {
		panic("while closing the file")
	}()
	defer cleanup("file")
	panic("request failed")
}

func main() {
	fmt.Println(work())
}
