package main

import "log"

func main() {
	log.SetFlags("0") // want 15: cannot use "0" (untyped string constant) as int value in argument to log.SetFlags
	log.Fatalf() // want 2: not enough arguments in call to log.Fatalf\n\thave ()\n\twant (string, ...any)
	x := log.Println("a") // want 7: log.Println("a") (no value) used as value
	log.SetPrefix(1) // want 16: cannot use 1 (untyped int constant) as string value in argument to log.SetPrefix
	println(x, log.LstdFlags+"", log.Nope) // want 13: invalid operation: log.LstdFlags + "" (mismatched types untyped int and untyped string) // want 35: undefined: log.Nope
}
