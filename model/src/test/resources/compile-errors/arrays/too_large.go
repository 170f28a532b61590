package main

// An array type is fine up to 2^40 bytes (gc's own limit is the address space, 2^48 on amd64); past it the
// model refuses the type. Values of more than 2^20 elements are refused when a run makes one.
var p *[1 << 38]int // want 8: unsupported: array type [274877906944]int (more than 2^40 bytes)
var q *[1 << 30]byte

func main() {
	_, _ = p, q
}
