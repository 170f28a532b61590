package main
func main() {
	var a [2]int
	println(1, a) // want 9: illegal types for operand: print\n\t[2]int
	print (a) // want 8: illegal types for operand: print\n\t[2]int
}
