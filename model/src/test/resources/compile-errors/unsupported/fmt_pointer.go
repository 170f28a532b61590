package main
import "fmt"
func main() {
	var p *int
	fmt.Println(p) // want 14: unsupported: fmt.Println of a pointer (prints an address)
}
