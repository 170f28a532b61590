package main

import "fmt"

// Type arguments inferred from the arguments: from typed values, through slices and func types, from
// untyped constants by their default type, and from a constraint's single term (core type inference).

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func First[S ~[]E, E any](s S) E {
	defer fmt.Printf("First[%T, %T] done\n", s, s[0])
	return s[0]
}

type Celsius float64

type Temps []Celsius

func Pair[K comparable, V any](k K, v V) string { return fmt.Sprintf("%v:%v (%T, %T)", k, v, k, v) }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum[Celsius](1.5, 2), Sum(int64(4), 5))
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }))
	fmt.Println(First(Temps{21.5, 19}), First([]string{"a"}))
	fmt.Println(Pair("k", 1), Pair(2.5, 'x'))
	defer fmt.Println("deferred", Sum(10, 20))
	fmt.Printf("%T %T\n", Sum[Celsius], Map[int, bool])
}
