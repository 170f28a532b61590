package main
type celsius int
func main() {}
