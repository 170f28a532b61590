package main
func main() {
	type _ undefinedT // want 9: undefined: undefinedT
}
