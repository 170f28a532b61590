package main

import (
	"fmt"
	"strings"
)

// strings.Builder: writes append with Go's capacities (Grow makes room for n more bytes), Fprintf writes
// through its Write method, Reset empties it. A Builder copied by value after its first write panics at the
// copy's next write; a deferred method call evaluates its receiver (&b) at the defer statement.

func build(words ...string) string {
	var b strings.Builder
	defer fmt.Println("deferred Len", b.Len())
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		fmt.Println(b.Len(), b.Cap())
	}
	b.WriteRune('→')
	n, err := b.WriteRune('é')
	fmt.Println(n, err, b.Len(), b.Cap())
	fmt.Fprintf(&b, " (%d words)", len(words))
	return b.String()
}

func main() {
	fmt.Println(build("a", "quick", "brown", "fox"))
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap())
	b.Write([]byte("bytes"))
	b.Grow(64)
	fmt.Println(b.Len(), b.Cap(), b.String())
	b.Reset()
	fmt.Println(b.Len(), b.Cap())
	c := b
	c.WriteString("a copy of a zero Builder may be written")
	fmt.Println(c.String())

	defer func() {
		fmt.Println("recovered:", recover())
		var d strings.Builder
		d.WriteString("x")
		e := d
		defer e.WriteString("y")
		fmt.Println("deferred write to a copy registered")
	}()
	b.Grow(-1)
}
