package main
func main() {
	var a [1 << 21]int // want 8: unsupported: array type [2097152]int (more than 1048576 elements)
	_ = a
}
