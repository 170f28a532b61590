package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, word := range []string{"ping", "pong"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(word)
		}()
	}
	wg.Wait()
	fmt.Println("done")
}
