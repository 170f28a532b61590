package main

import (
	"fmt"
	"log"
)

// log.Panicf writes its line, then panics with the same text as a string: the deferred calls run and a
// recover gets the string. log.Panicln's value ends in a newline; unrecovered, the crash prints it.
func step(n int) (err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprintf("recovered %T %q", r, r)
		}
	}()
	defer log.Printf("step %d's deferred log line", n)
	if n%2 == 1 {
		log.Panicf("odd step %d", n)
	}
	return "ok"
}

func main() {
	log.SetFlags(log.Lmsgprefix)
	log.SetPrefix("main: ")
	for i := 0; i < 3; i++ {
		fmt.Println(step(i))
	}
	log.SetPrefix("")
	defer fmt.Println("main's defer runs")
	log.Panicln("giving up", 3, "times")
}
