package main
var g int
func f() int { return 1 }
func main() {
	var p *int
	println(&f(), &3, &main, &*p, &g) // want 11: invalid operation: cannot take address of f() (value of type int) // want 17: invalid operation: cannot take address of 3 (untyped int constant) // want 21: invalid operation: cannot take address of main (value of type func())
}
