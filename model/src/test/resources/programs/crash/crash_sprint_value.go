// A panic with a string built by fmt.Sprint prints the string; stdout written before the crash is kept.
package main

import "fmt"

func main() {
	fmt.Println("stdout before crash")
	panic(fmt.Sprint("code=", 7, " ok=", false))
}
