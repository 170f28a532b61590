package main
func main() { go main() } // want 15: unsupported: go statement
