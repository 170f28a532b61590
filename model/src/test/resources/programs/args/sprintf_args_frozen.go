// fmt.Sprintf in a deferred call's arguments runs at the defer statement, with %d, %s, %t, %v and %%.
package main

import "fmt"

func main() {
	n, s, ok := 1, "one", true
	var err any
	defer fmt.Println(fmt.Sprintf("n=%d s=%s ok=%t err=%v 100%%", n, s, ok, err))
	n, s, ok = 2, "two", false
	defer func() {
		err = recover()
		fmt.Println(fmt.Sprintf("recovered %v after n=%d", err, n))
	}()
	panic(fmt.Sprintf("%s-%d", s, n))
}
