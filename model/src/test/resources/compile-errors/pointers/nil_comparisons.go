package main
func main() {
	var p *int
	println(p == nil, (*int)(nil) == p)
}
