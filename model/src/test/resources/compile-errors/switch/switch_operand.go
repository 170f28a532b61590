package main

func f() {}

func main() {
	var a [2]func()
	switch a { // want 9: cannot switch on a (variable of type [2]func()) ([2]func() is not comparable)
	}
	switch nil { // want 9: use of untyped nil in switch expression
	}
	switch f() { // want 9: f() (no value) used as value
	}
	switch x := 2; x {
	}
	switch y := 3; { // want[1.23-] 9: declared and not used: y // want[1.21-1.22] 9: y declared and not used // want[-1.19] 9: y declared but not used
	}
	switch {
	default:
	case true:
	default: // want 2: multiple defaults (first at prog.go:18:2)
	}
}
