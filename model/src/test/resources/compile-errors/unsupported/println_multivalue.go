package main
func two() (any, int) { return 1, 2 }
func main() { println(two()) } // want 23: unsupported: println of a multi-value call with interface or func results
