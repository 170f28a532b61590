package main

import (
	"fmt"
	"strings"
)

// The strings functions on ASCII, UTF-8 and invalid UTF-8 text, with the capacities Go's []string results
// have; a deferred strings call's arguments are evaluated at the defer statement and its result is dropped.

func main() {
	s := "Hello, Wörld, héllo\xff"
	defer strings.ToUpper(s)
	fmt.Println(strings.Index(s, "ö"), strings.LastIndex(s, "llo"), strings.IndexByte(s, ','), strings.IndexRune(s, 'é'))
	fmt.Println(strings.IndexAny(s, "xyzö"), strings.LastIndexAny(s, "lo"), strings.LastIndexByte(s, 'l'))
	fmt.Println(strings.Contains(s, "lo,"), strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, 'ö'), strings.Count(s, "l"), strings.Count(s, ""))
	fmt.Printf("%q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle("ǆ"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"), strings.Compare("a", "b"))
	parts := strings.Split(s, ", ")
	fmt.Printf("%d %d %q %s\n", len(parts), cap(parts), parts, strings.Join(parts, "|"))
	n := strings.SplitN("a,b,c,d", ",", 10)
	fmt.Println(len(n), cap(n), strings.SplitN("a", ",", 0) == nil, len(strings.SplitN("a,b,c", ",", 2)))
	fmt.Printf("%q %q\n", strings.SplitAfter("a,b,c", ","), strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q %q\n", strings.Split("abc", ""), strings.Fields(" \t a  b\u00a0c \n"))
	fmt.Printf("%q %q %q %q\n", strings.TrimSpace("\t x y \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aab", "a"), strings.TrimRight("baa", "a"))
	fmt.Println(strings.TrimPrefix("prefix-x", "prefix-"), strings.TrimSuffix("x.go", ".go"), strings.HasPrefix(s, "He"), strings.HasSuffix(s, "lo"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.Replace("abc", "", "-", -1), strings.ReplaceAll("aaaa", "a", "bc"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Printf("%q %q\n", strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"), strings.Clone("clone"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "a", "A")
	fmt.Println(r.Replace("<a href>"))

	defer func() {
		fmt.Println("recovered:", recover())
		strings.NewReplacer("odd")
	}()
	fmt.Println(strings.Repeat("x", -1))
}
