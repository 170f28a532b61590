package main
func main(x int) { // want 6: func main must have no arguments and no return values
}
