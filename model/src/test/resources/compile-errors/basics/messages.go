package main
import "os" // want[1.21-] 8: "os" imported and not used // want[-1.19] 8: imported and not used: "os"
func f() (int, int) { return 1, 2 }
func g(a int, b string) int { return a }
func main() {
	x := 1
	var s string = "a"
	c := g(1) // want 9: not enough arguments in call to g\n\thave (number)\n\twant (int, string)
	e := x + s // want 7: invalid operation: x + s (mismatched types int and string)
	println(x / 0, c, e) // want 14: invalid operation: division by zero
	var y int = nil // want[1.23-] 6: declared and not used: y // want[1.21-1.22] 6: y declared and not used // want 14: cannot use nil as int value in variable declaration
}
