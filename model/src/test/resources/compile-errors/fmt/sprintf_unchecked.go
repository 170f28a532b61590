package main
import "fmt"
func main() {
	f := "%d"
	_ = fmt.Sprintf(f, 1)
	_ = fmt.Sprintf("%x", 1)
	_ = fmt.Sprintf("%d", "s")
	_ = fmt.Sprintf("%d", 1, 2)
	_ = fmt.Sprintf("%v %v", 1)
	_ = fmt.Sprintf("%s %t %v %%", "a", true, nil == nil) // want 51: invalid operation: nil == nil (operator == not defined on untyped nil)
}
