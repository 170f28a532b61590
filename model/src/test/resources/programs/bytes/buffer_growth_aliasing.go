package main

import (
	"bytes"
	"fmt"
)

// NewBuffer(user) writes into the caller's array while its capacity lasts; Grow replaces the array, after which
// the caller's slice no longer sees the buffer; WriteRune of invalid runes; a negative Grow panics with a
// string that a deferred closure recovers.
func main() {
	user := make([]byte, 3, 10)
	copy(user, "abc")
	b := bytes.NewBuffer(user)
	b.WriteString("de")
	fmt.Printf("%s %s %d\n", user[:5], b.Bytes(), b.Cap())
	b.Grow(100)
	b.WriteRune(-1)
	b.WriteRune(0x10FFFF)
	b.Write(nil)
	user[0] = 'Z'
	fmt.Printf("%q %d %d\n", b.String(), b.Len(), b.Cap())
	b.Truncate(0)
	b.Grow(0)
	n, err := b.WriteRune('é')
	fmt.Println(n, err, b.Len(), b.Cap())
	var z bytes.Buffer
	z.Grow(10)
	fmt.Println(z.Len(), z.Cap())
	defer func() { fmt.Println(recover()) }()
	z.Grow(-1)
}
