package main
func main() {
	type T int
}
