package main

func sum[T any](xs ...T) T { return xs[0] }

func main() {
	_ = sum(1.5, 2) // want[-1.19] 15: default type int of 2 does not match inferred type float64 for T
	_ = sum(1, 2.5) // want[-1.19] 13: default type float64 of 2.5 does not match inferred type int for T
	_ = sum('a', 1) // want[-1.19] 15: default type int of 1 does not match inferred type rune for T
}
