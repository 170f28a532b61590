package main

func f() int { return 1 }

func main() {
	x := 1
	var v any
	switch x {
	case 1, 2:
	case 3, 1: // want 10: duplicate case 1 (constant of type int) in expression switch\n\tprog.go:9:7: previous case
	case f():
	case f():
	}
	switch v {
	case 1, "a", x, nil:
	case 1: // want 7: duplicate case 1 (constant of type int) in expression switch\n\tprog.go:15:7: previous case
	case "a": // want 7: duplicate case "a" (constant of type string) in expression switch\n\tprog.go:15:10: previous case
	}
	switch 1 {
	case x:
	case 1, 1: // want 10: duplicate case 1 (constant of type int) in expression switch\n\tprog.go:21:7: previous case
	}
	switch "s" {
	case "s", "s": // want 12: duplicate case "s" (constant of type string) in expression switch\n\tprog.go:24:7: previous case
	}
	switch {
	case 1 < 2, x > 0:
	case 1 < 2:
	}
}
