// After a recover, the frame that deferred the recovering closure runs its remaining defers and returns normally.
package main

import "fmt"

func f() (out string) {
	defer func() { out += " +first" }()
	defer fmt.Println("f: remaining defer runs")
	defer func() {
		r := recover()
		out = fmt.Sprint("recovered ", r)
	}()
	defer fmt.Println("f: defer before recover runs")
	panic("boom")
}

func main() {
	fmt.Println("main got:", f())
}
