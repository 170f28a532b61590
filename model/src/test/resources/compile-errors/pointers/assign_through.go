package main
func main() {
	var p *int
	*p = 1 // want 2: unsupported: assignment to *p (only to a variable name)
}
