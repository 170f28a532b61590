// Generator of expected values for defercheck.lib.errors (run by JoinedErrorsTest on Go 1.21 or later, which
// have errors.Join). Each case joins errors (nil or not) whose Error methods log their calls, and prints which
// arguments were kept, the Error text in hex and the order of the Error calls.
package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
)

type logged struct {
	name, text string
	calls      *[]string
}

func (e logged) Error() string {
	*e.calls = append(*e.calls, e.name)
	return e.text
}

func main() {
	texts := []string{"a", "", "two\nlines", "b\n", "\xff"}
	for mask := 0; mask < 1<<5; mask++ {
		for first := 0; first < len(texts); first++ {
			var calls []string
			var errs []error
			var nils []string
			for i := 0; i < 4; i++ {
				if mask&(1<<i) != 0 {
					errs = append(errs, nil)
					nils = append(nils, "n")
				} else {
					errs = append(errs, logged{fmt.Sprint(i), texts[(first+i)%len(texts)], &calls})
					nils = append(nils, texts[(first+i)%len(texts)])
				}
			}
			if mask&16 != 0 {
				errs = errs[:mask%4]
				nils = nils[:mask%4]
			}
			j := errors.Join(errs...)
			args := make([]string, len(nils))
			for i, t := range nils {
				if t == "n" {
					args[i] = "n"
				} else {
					args[i] = "e" + hex.EncodeToString([]byte(t))
				}
			}
			if j == nil {
				fmt.Fprintf(os.Stdout, "J %s nil\n", strings.Join(append(args, ""), ","))
				continue
			}
			text := j.Error()
			n := len(j.(interface{ Unwrap() []error }).Unwrap())
			fmt.Fprintf(os.Stdout, "J %s %d x%s %s\n", strings.Join(append(args, ""), ","), n,
				hex.EncodeToString([]byte(text)), strings.Join(append(calls, ""), ","))
		}
	}
}
