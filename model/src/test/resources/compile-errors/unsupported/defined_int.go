package main
type celsius int // want 6: unsupported: defined type celsius with underlying type int (only struct{})
func main() {}
