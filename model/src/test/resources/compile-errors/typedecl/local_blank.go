package main
func main() {
	type _ int
	type (
		_ [2]*int
		_ func() bool
	)
}
