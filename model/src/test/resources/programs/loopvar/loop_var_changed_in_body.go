// A loop variable changed in the body: per-iteration copies (1.22+) keep each iteration's final value, the shared variable (≤1.21) ends at 6.
package main

import "fmt"

func main() {
	for i := 0; i < 6; i++ {
		defer func() { fmt.Println("captured", i) }()
		i++
	}
}
