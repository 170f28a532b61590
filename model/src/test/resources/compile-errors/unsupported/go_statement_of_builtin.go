package main
func main() { go println("x") } // want 18: unsupported: go statements of builtin and library calls
