package main

import "bytes"

func main() {
	var b bytes.Buffer
	b.WriteString('x') // want 16: cannot use 'x' (untyped rune constant 120) as string value in argument to b.WriteString
	b.Nope() // want 4: b.Nope undefined (type bytes.Buffer has no field or method Nope)
	n := b.Write([]byte("x")) // want 7: assignment mismatch: 1 variable but b.Write returns 2 values
	println(bytes.Equal("a", "b"), b.buf, n) // want 22: cannot use "a" (untyped string constant) as []byte value in argument to bytes.Equal // want 27: cannot use "b" (untyped string constant) as []byte value in argument to bytes.Equal // want[1.23-] 35: b.buf undefined (cannot refer to unexported field buf) // want[-1.22] 35: b.buf undefined (type bytes.Buffer has no field or method buf)
	bytes.Compare([]byte("a")) // want 16: not enough arguments in call to bytes.Compare\n\thave ([]byte)\n\twant ([]byte, []byte)
}
