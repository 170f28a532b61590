package main

type T struct{}

func f() (int, int) { return 1, 2 }

func main() {
	var v any
	switch v.(type) {
	case T, *T, T: // want 14: duplicate case T in type switch\n\tprog.go:10:7: previous case
	case error, error: // want 14: duplicate case error in type switch\n\tprog.go:11:7: previous case
	}
	switch f() { // want 9: multiple-value f() (value of type (int, int)) in single-value context
	}
	switch x := v.(type) {
	case int:
		x := 1 // want 5: no new variables on left side of :=
		_ = x
	}
	switch {
	case f(): // want 7: multiple-value f() (value of type (int, int)) in single-value context
	}
	switch v {
	case T{}, T{}:
	}
	switch y := 1; y {
	case 1:
		y := "s"
		_ = y
	}
}
