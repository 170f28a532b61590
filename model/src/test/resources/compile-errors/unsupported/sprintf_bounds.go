package main
import "fmt"
func main() {
	f := "%d"
	_ = fmt.Sprintf(f, 1) // want 18: unsupported: fmt.Sprintf with a non-constant format
	_ = fmt.Sprintf("%x", 1) // want 18: unsupported: fmt.Sprintf verb %x (only %v, %d, %s, %t and %%)
	_ = fmt.Sprintf("%d", "s") // want 24: unsupported: fmt.Sprintf %d of untyped string (fmt would print %!d)
	_ = fmt.Sprintf("%d", 1, 2) // want 27: unsupported: fmt.Sprintf with 2 operands for 1 verbs
	_ = fmt.Sprintf("%v %v", 1) // want 18: unsupported: fmt.Sprintf with 1 operands for 2 verbs
	_ = fmt.Sprintf("%s %t %v %%", "a", true, nil == nil) // want 51: invalid operation: nil == nil (operator == not defined on untyped nil)
}
