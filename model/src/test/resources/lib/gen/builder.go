// Generator of expected values for defercheck.lib.strings.StringsBuilder and defercheck.lib.bytes.BytesBuffer
// (run by BuilderTest when a Go toolchain is installed). Random sequences of writes, Grow, Reset and Truncate
// on a strings.Builder and a bytes.Buffer; after each operation it prints the operation, Len and Cap (and for
// the Buffer the unread bytes' hash) so that every capacity step is compared.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

var out = bufio.NewWriter(os.Stdout)

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

func hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

var runes = []rune{'a', 0xe9, 0x20ac, 0x1f600, -1, 0xd800, 0x110000}

// op picks an operation: ws N (WriteString of N bytes), wb, wr K (WriteRune of runes[K]), g N (Grow), r (Reset),
// t N (Truncate to N, Buffer only).
func op(r *rng, sizes []int) string {
	switch k := r.next() % 20; {
	case k < 8:
		return fmt.Sprintf("ws %d", sizes[r.next()%uint64(len(sizes))])
	case k < 11:
		return "wb"
	case k < 15:
		return fmt.Sprintf("wr %d", r.next()%uint64(len(runes)))
	case k < 18:
		return fmt.Sprintf("g %d", sizes[r.next()%uint64(len(sizes))])
	case k < 19:
		return "t 3"
	default:
		return "r"
	}
}

func apply(o string, b *strings.Builder, buf *bytes.Buffer, seq int) {
	var n int
	switch {
	case o == "wb":
		b.WriteByte('x')
		buf.WriteByte('x')
	case o == "r":
		b.Reset()
		buf.Reset()
	case strings.HasPrefix(o, "ws"):
		fmt.Sscanf(o, "ws %d", &n)
		s := strings.Repeat(string(rune('a'+seq%26)), n)
		b.WriteString(s)
		buf.WriteString(s)
	case strings.HasPrefix(o, "wr"):
		fmt.Sscanf(o, "wr %d", &n)
		b.WriteRune(runes[n])
		buf.WriteRune(runes[n])
	case strings.HasPrefix(o, "g"):
		fmt.Sscanf(o, "g %d", &n)
		b.Grow(n)
		buf.Grow(n)
	case strings.HasPrefix(o, "t"):
		if buf.Len() >= 3 {
			buf.Truncate(3)
		}
	}
}

func main() {
	defer out.Flush()
	r := &rng{11}
	small := []int{0, 1, 2, 3, 5, 8, 13, 31, 33, 64, 65}
	large := []int{0, 100, 500, 1000, 5000, 40000}
	for seq := 0; seq < 300; seq++ {
		var b strings.Builder
		var buf bytes.Buffer
		sizes := small
		if seq%4 == 3 {
			sizes = large
		}
		for step := 0; step < 25; step++ {
			o := op(r, sizes)
			apply(o, &b, &buf, seq)
			fmt.Fprintf(out, "O %d %s|%d %d %016x|%d %d %016x\n", seq, o, b.Len(), b.Cap(), hash(b.String()),
				buf.Len(), buf.Cap(), hash(buf.String()))
		}
	}
}
