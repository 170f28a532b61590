// panic(nil) raised by a deferred call during another panic: the crash chain shows both records.
package main

func main() {
	defer func() { panic(nil) }()
	panic("first")
}
