package main

// Parameters share the outermost block too: n, ok := ... assigns the parameter n, which the deferred
// closure reads when f returns.
func f(n int) (r int) {
	defer func() { r += n }()
	n, ok := n*2, true
	if !ok {
		return 0
	}
	return 100
}

// A closure's parameters behave the same way.
func main() {
	g := func(s string) (out string) {
		defer func() { out = out + "/" + s }()
		s, done := s+"!", false
		_ = done
		return "g"
	}
	println(f(3), g("x"))
}
