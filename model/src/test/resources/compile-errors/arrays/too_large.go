package main
func main() {
	var a [1 << 20]int // want 8: unsupported: array type [1048576]int (more than 65536 elements)
	_ = a
}
