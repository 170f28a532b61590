package main

var a = b + 1 // want[1.21-] 5: initialization cycle for a\n\tprog.go:3:5: a refers to\n\tprog.go:4:5: b refers to\n\tprog.go:11:6: f refers to\n\tprog.go:3:5: a // want[-1.19] 5: initialization loop for a\n\tprog.go:3:5: a refers to\n\tprog.go:4:5: b refers to\n\tprog.go:11:6: f refers to\n\tprog.go:3:5: a
var b = f()
var c = c // want[1.21-] 5: initialization cycle: c refers to itself // want[-1.19] 5: initialization loop for c\n\tprog.go:5:5: c refers to\n\tprog.go:5:5: c
var d, e = g() // want[1.21-] 5: initialization cycle for d\n\tprog.go:6:5: d refers to\n\tprog.go:13:6: g refers to\n\tprog.go:15:6: h refers to\n\tprog.go:6:5: d // want[-1.19] 5: initialization loop for d\n\tprog.go:6:5: d refers to\n\tprog.go:13:6: g refers to\n\tprog.go:15:6: h refers to\n\tprog.go:6:5: d
var k = func() int { return k }() // want[1.21-] 5: initialization cycle: k refers to itself // want[-1.19] 5: initialization loop for k\n\tprog.go:7:5: k refers to\n\tprog.go:7:5: k
var m int = n // want[1.21-] 5: initialization cycle for m\n\tprog.go:8:5: m refers to\n\tprog.go:9:5: n refers to\n\tprog.go:8:5: m // want[-1.19] 5: initialization loop for m\n\tprog.go:8:5: m refers to\n\tprog.go:9:5: n refers to\n\tprog.go:8:5: m
var n = m

func f() int { return a }

func g() (int, int) { return h(), 1 }

func h() int { return d }

func main() {
	println(e)
}
