package main

func main() {
	var v any
	var e error
	switch x := v.(type) { // want[1.21-] 9: x declared and not used // want[-1.19] 9: x declared but not used
	case int, string:
	case bool:
	case int: // want 7: duplicate case int in type switch\n\tprog.go:7:7: previous case
	case nil:
	case nil: // want 7: duplicate case nil in type switch\n\tprog.go:10:7: previous case
	}
	switch e.(type) {
	case int: // want[-1.19] 7: impossible type switch case: int\n\te (variable of type error) cannot have dynamic type int (missing Error method) // want[1.21-] 7: impossible type switch case: int\n\te (variable of type error) cannot have dynamic type int (missing method Error)
	case error:
	case any:
	}
	x := 3
	switch x.(type) { // want 9: x (variable of type int) is not an interface
	}
	_ = v.(type) // want[-1.19] 6: invalid AST: use of .(type) outside type switch // want[1.21-] 6: invalid syntax tree: use of .(type) outside type switch
	switch w := v.(type) { // want[1.21-] 9: w declared and not used // want[-1.19] 9: w declared but not used
	}
	switch z := v.(type) {
	default:
		_ = z
	}
}
