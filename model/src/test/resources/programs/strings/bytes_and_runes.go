package main

import "fmt"

// A string is bytes: len counts bytes, indexing gives bytes, range decodes runes (an invalid byte
// decodes as U+FFFD, width 1), and conversions to []byte and []rune copy.
func main() {
	s := "héllo, 世界\xff!"
	fmt.Println(len(s), s[1], s[2], s[1:3], len([]rune(s)))
	for i, r := range s {
		fmt.Print(i, ":", string(r), "(", r, ") ")
	}
	fmt.Println()
	b := []byte(s)
	b[0] = 'H'
	defer fmt.Println("deferred:", s, string(b[:6]))
	rs := []rune(s)
	rs[1] = 'e'
	fmt.Println(string(rs[:5]), string(rune(65)), string(rune(-1)), "\u00e9" == "\xc3\xa9")
	println(s, len(s))
	fmt.Printf("%v %x %v\n", []byte(s[:3]), s[7:10], []byte("hi"))
}
