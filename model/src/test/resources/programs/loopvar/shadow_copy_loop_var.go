// Copying the loop variable (`i := i`) before capturing gives 2 1 0 on every version.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		i := i
		defer func() { fmt.Println(i) }()
	}
}
