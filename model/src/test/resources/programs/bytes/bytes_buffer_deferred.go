package main

import (
	"bytes"
	"fmt"
)

// report writes into a bytes.Buffer from deferred calls: `defer buf.WriteString(s)` takes &buf and s at the
// defer statement, a deferred closure sees the buffer as it is at the end.
func report(fail bool) (out string) {
	var buf bytes.Buffer
	defer func() {
		if r := recover(); r != nil {
			buf.WriteString(fmt.Sprint("recovered: ", r, "; "))
		}
		out = buf.String()
	}()
	msg := "first; "
	defer buf.WriteString(msg)
	msg = "changed; "
	buf.WriteString("body; ")
	buf.WriteByte('x')
	buf.WriteRune('é')
	buf.Write([]byte{';', ' '})
	if fail {
		buf.Truncate(buf.Len() + 1)
	}
	return "never seen"
}

func main() {
	fmt.Println(report(false))
	fmt.Println(report(true))

	b := bytes.NewBufferString("hello, world")
	fmt.Println(b.Len(), b.String())
	b.Truncate(5)
	b.WriteString("!")
	fmt.Printf("%q %d\n", b.String(), b.Len())

	// A zero Buffer's first write allocates 64 bytes; Bytes() shares them until a write needs more.
	var w bytes.Buffer
	w.WriteString("hello")
	p := w.Bytes()
	w.WriteString(", world")
	p[0] = 'J'
	fmt.Printf("%s|%s|%d %d %v\n", p, w.Bytes(), w.Len(), w.Cap(), w)
	for i := 0; i < 6; i++ {
		w.WriteString("0123456789")
	}
	p[0] = 'X'
	fmt.Printf("%s|%d %d\n", w.Bytes()[:5], w.Len(), w.Cap())
	w.Reset()
	fmt.Printf("[%s] %d %d\n", w.String(), w.Len(), w.Cap())
	var nb *bytes.Buffer
	fmt.Println(nb.String())

	x, y := []byte("abc"), []byte("abd")
	fmt.Println(bytes.Compare(x, y), bytes.Compare(y, x), bytes.Compare(nil, []byte{}), bytes.Equal(nil, []byte{}))
	fmt.Println(bytes.Contains(x, []byte("bc")), bytes.Index(x, []byte("c")), bytes.IndexByte(x, 'b'), bytes.HasPrefix(x, []byte("ab")), bytes.HasSuffix(x, []byte("bd")))
	fmt.Println(bytes.IndexByte(nil, 0), bytes.Count([]byte("cheese"), []byte("e")), bytes.LastIndex([]byte("go gopher"), []byte("go")))
}
