package main
func main() { var i any = 1; println(i) }
