package main

// Parameters and results are declared in the function body's outermost block.
func f(x int) (r int) {
	x := 1 // want 4: no new variables on left side of :=
	var r int // want 6: r redeclared in this block\n\tprog.go:4:16: other declaration of r
	{
		x := 2
		_ = x
	}
	return x
}

func main() {
	g := func(s string) {
		var s string // want 7: s redeclared in this block\n\tprog.go:15:12: other declaration of s
		_ = s
	}
	g("a")
	f(1)
}
