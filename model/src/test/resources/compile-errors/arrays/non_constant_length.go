package main
func main() {
	x := 3 // want[1.23-] 2: declared and not used: x // want[1.21-1.22] 2: x declared and not used // want[-1.19] 2: x declared but not used
	var a [x]int // want 9: invalid array length x
	_ = a
}
