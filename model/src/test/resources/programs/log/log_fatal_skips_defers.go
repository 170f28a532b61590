package main

import (
	"fmt"
	"log"
)

// log.Fatalf writes its line to stderr and exits with status 1 through os.Exit: no deferred call runs,
// not even the one that would recover a panic.
func check(n int) {
	defer fmt.Println("check's defer for", n)
	if n > 2 {
		log.Fatalf("n is %d, want at most %d", n, 2)
	}
	log.Println("n is fine:", n)
}

func main() {
	defer func() {
		fmt.Println("main's recover: never printed", recover())
	}()
	log.SetFlags(0)
	log.Print("no prefix")
	log.SetPrefix("[app] ")
	fmt.Println("flags", log.Flags(), "prefix", log.Prefix())
	for i := 1; i < 5; i++ {
		fmt.Println("checking", i)
		check(i)
	}
}
