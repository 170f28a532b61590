// Runaway recursion ends in a fatal "stack overflow" (exit 2): not a panic, so no defer runs and recover cannot help. Big frames keep it cheap.
package main

import "fmt"

func down(depth int, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x string) string {
	defer func() {}()
	return down(depth+1, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, a) + a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q + r + s + t + u + v + w + x
}

func main() {
	defer func() { fmt.Println("never printed", recover()) }()
	fmt.Println("start")
	fmt.Println(down(0, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x"))
}
