// Generator of expected values for defercheck.lib.unicode (run by UnicodeTablesTest when a Go toolchain is
// installed): the ranges of code points for which strconv.IsPrint, and strconv.IsGraphic hold,
// in hex, one range per line, and the Unicode version of the toolchain's tables.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"unicode"
)

func ranges(tag string, pred func(rune) bool, out *bufio.Writer) {
	start := rune(-1)
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		in := r <= unicode.MaxRune && pred(r)
		if in && start < 0 {
			start = r
		}
		if !in && start >= 0 {
			fmt.Fprintf(out, "%s %04X %04X\n", tag, start, r-1)
			start = -1
		}
	}
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintf(out, "V %s\n", unicode.Version)
	ranges("P", strconv.IsPrint, out)
	ranges("G", strconv.IsGraphic, out)
	for _, r := range []rune{-1, -0x7FFFFFFF - 1, unicode.MaxRune + 1, 0x7FFFFFFF} {
		fmt.Fprintf(out, "X %d %t %t\n", r, strconv.IsPrint(r), strconv.IsGraphic(r))
	}
}
