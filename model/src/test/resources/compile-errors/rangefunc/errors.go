package main

func ints(yield func(int) bool) {}

func pairs(yield func(int, string) bool) {}

func none(yield func() bool) {}

func twoArgs(a, b func(int) bool) {}

func notFunc(n int) {}

func withResult(yield func(int) bool) int { return 0 }

func threeParams(yield func(int, int, int) bool) {}

func noBool(yield func(int)) {}

func main() {
	for x := range ints { // want[-1.22] 17: cannot range over ints (value of type func(yield func(int) bool))
		println(x)
	}
	for k, v := range pairs { // want[-1.22] 20: cannot range over pairs (value of type func(yield func(int, string) bool))
		println(k, v)
	}
	for range none { // want[-1.22] 12: cannot range over none (value of type func(yield func() bool))
	}
	for x := range none { // want[1.23-] 6: range over none (value of type func(yield func() bool)) permits no iteration variables // want[-1.22] 17: cannot range over none (value of type func(yield func() bool))
		println(x)
	}
	for x, y := range ints { // want[1.23-] 9: range over ints (value of type func(yield func(int) bool)) permits only one iteration variable // want[-1.22] 20: cannot range over ints (value of type func(yield func(int) bool))
		println(x, y)
	}
	for range twoArgs { // want[-1.22] 12: cannot range over twoArgs (value of type func(a func(int) bool, b func(int) bool)) // want[1.23-] 12: cannot range over twoArgs (value of type func(a func(int) bool, b func(int) bool)): func must be func(yield func(...) bool): wrong argument count
	}
	for range notFunc { // want[-1.22] 12: cannot range over notFunc (value of type func(n int)) // want[1.23-] 12: cannot range over notFunc (value of type func(n int)): func must be func(yield func(...) bool): argument is not func
	}
	for range withResult { // want[-1.22] 12: cannot range over withResult (value of type func(yield func(int) bool) int) // want[1.23-] 12: cannot range over withResult (value of type func(yield func(int) bool) int): func must be func(yield func(...) bool): unexpected results
	}
	for range threeParams { // want[-1.22] 12: cannot range over threeParams (value of type func(yield func(int, int, int) bool)) // want[1.23-] 12: cannot range over threeParams (value of type func(yield func(int, int, int) bool)): func must be func(yield func(...) bool): yield func has too many parameters
	}
	for range noBool { // want[-1.22] 12: cannot range over noBool (value of type func(yield func(int))) // want[1.23-] 12: cannot range over noBool (value of type func(yield func(int))): func must be func(yield func(...) bool): yield func does not return bool
	}
}
