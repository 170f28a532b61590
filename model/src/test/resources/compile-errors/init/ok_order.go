package main

var a = b + c
var b = f()
var c = 2
var d = func() int { return e }()
var e = 1

func f() int { return c + d }

func init() {}

func init() {
	println(a)
}

func main() {
	var init = 1
	_ = init
}
