package main

import "fmt"

func trace(name string, v int) int {
	fmt.Println("init", name, "=", v)
	return v
}

// Package variables are initialized in dependency order, not source order: repeatedly the first variable
// (in declaration order) whose initializer refers to no uninitialized variable, counting the variables that
// the functions it calls refer to, and those that a function literal in it refers to.
var a = trace("a", b+c)
var b = trace("b", f())
var c = trace("c", 2)
var d, e = pair()
var x = func() int { return trace("x", y*2) }()
var y = trace("y", 3)
var _ = trace("_", a+x)
var z int

func f() int { return c * 10 }

func pair() (int, int) {
	fmt.Println("init d, e from pair, a =", a)
	return a + 1, a + 2
}

func main() {
	defer fmt.Println("main deferred: z =", z)
	fmt.Println(a, b, c, d, e, x, y)
}
