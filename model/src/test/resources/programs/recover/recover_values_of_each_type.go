// recover() returns the panic value unchanged for int, string and bool values; printed with fmt.Println.
package main

import "fmt"

func try(v any) {
	defer func() {
		r := recover()
		_, isInt := r.(int)
		_, isString := r.(string)
		_, isBool := r.(bool)
		fmt.Println(r, isInt, isString, isBool)
	}()
	panic(v)
}

func main() {
	try(42)
	try("text")
	try(true)
	try(-1)
}
