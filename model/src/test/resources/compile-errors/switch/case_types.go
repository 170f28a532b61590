package main

func f() {}

func main() {
	x := 1
	var a [2]func()
	var v any
	var e error
	switch x {
	case nil: // want[-1.19] 7: cannot convert nil to int // want[1.21-] 7: cannot convert nil to type int
	case "a": // want[-1.19] 7: cannot convert "a" (untyped string constant) to int // want[1.21-] 7: cannot convert "a" (untyped string constant) to type int
	case a: // want 7: invalid case a in switch on x (mismatched types [2]func() and int)
	case v, e: // want 10: invalid case e in switch on x (mismatched types error and int)
	}
	switch {
	case "a": // want[-1.19] 7: cannot convert "a" (untyped string constant) to bool // want[1.21-] 7: cannot convert "a" (untyped string constant) to type bool
	case x: // want 7: invalid case x in switch on true (mismatched types int and bool)
	case nil: // want[-1.19] 7: cannot convert nil to bool // want[1.21-] 7: cannot convert nil to type bool
	}
	switch f {
	case f: // want 7: invalid case f in switch on f (func can only be compared to nil)
	case nil:
	}
	switch e {
	case v:
	case x: // want 7: invalid case x in switch on e (mismatched types int and error)
	}
	switch v {
	case a: // want 7: invalid case a in switch on v ([2]func() cannot be compared)
	}
}
