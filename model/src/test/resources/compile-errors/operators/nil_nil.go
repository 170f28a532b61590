package main
func main() {
	println(true, nil == nil) // want 23: invalid operation: nil == nil (operator == not defined on untyped nil)
}
