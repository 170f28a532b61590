package main
func main() {
	x := 3
	s := "a"
	println(x == "a", nil == x, 1 == "a", x < s, x + s) // want 15: invalid operation: x == "a" (mismatched types int and untyped string) // want 27: invalid operation: nil == x (mismatched types untyped nil and int) // want 35: invalid operation: 1 == "a" (mismatched types untyped int and untyped string) // want 44: invalid operation: x < s (mismatched types int and string) // want 47: invalid operation: x + s (mismatched types int and string)
}
