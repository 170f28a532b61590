// Package variables initialize in dependency order, and a method value, method expression or method call on a
// concrete type refers to the method, so the variables its body reads initialize first.
package main

import "fmt"

type T struct{ k int }

func (T) M() int      { return b }
func (p *T) P() int   { return c + p.k }
func (t T) Q() string { return fmt.Sprint("q", g) }

var a = T{}.M()
var b = 5
var t = T{1}
var d = t.P()
var c = 7
var f = T.M
var e = f(T{})
var q = T.Q
var h = q(T{})
var g = "G"

func main() { fmt.Println(a, b, d, c, e, h) }
