// An HTTP-style handler: a lock, a transaction and a response writer, each
// released by a defer, called for many requests. Compare its cost under
// Go 1.12, 1.13, 1.14 and 1.22 with: ./defercheck run --cost --go 1.12 examples/handler.go
package main

import "fmt"

var served int

func unlock()   {}
func rollback() {}
func flush()    {}

func handle(id int) (status int) {
	defer unlock()
	defer rollback()
	defer flush()
	if id%10 == 0 {
		return 404
	}
	served++
	return 200
}

func main() {
	for i := 1; i <= 1000; i++ {
		handle(i)
	}
	fmt.Println("served", served)
}
