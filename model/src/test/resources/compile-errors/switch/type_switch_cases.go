package main

func main() {
	var v any
	x := 1
	switch _ := v.(type) { // want 9: no new variable on left side of :=
	}
	switch v.(type) {
	case 1: // want 7: 1 is not a type
	case x: // want[-1.22] 7: x (variable of type int) is not a type // want[1.23-] 7: x is not a type
	case undefinedT: // want 7: undefined: undefinedT
	case (int), *int, func(), [2]int, struct{}, interface{}:
	}
	switch (1).(type) { // want 9: (1) (untyped int constant 1) is not an interface
	}
	switch nil.(type) { // want 9: nil is not an interface
	}
	switch t := v.(type) {
	case int, nil:
		println(t)
	}
}
