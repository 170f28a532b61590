package main
func main() {
	type T int // want 7: unsupported: defined type T inside a function (only type _ T)
}
