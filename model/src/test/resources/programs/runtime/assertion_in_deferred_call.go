// A failed assertion inside a deferred closure during normal return raises a panic recovered by an older defer.
package main

import "fmt"

func f() (res string) {
	defer func() {
		res = fmt.Sprint("recovered: ", recover())
	}()
	var v any = 12
	defer func() {
		res = v.(string)
	}()
	return "normal"
}

func main() {
	fmt.Println(f())
}
