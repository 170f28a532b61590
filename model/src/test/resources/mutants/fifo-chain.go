package main

func main() {
	defer println("first deferred")
	defer println("second deferred")
}
