package main
type terr struct{}
func main() {
	println(terr{}) // want 9: illegal types for operand: print\n\tterr
}
