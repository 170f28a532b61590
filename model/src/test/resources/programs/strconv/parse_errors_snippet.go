package main

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// parseAll returns strconv's syntax errors wrapped with %w and turns a range error, which it panics with, into
// the named result through its deferred recover.
func parseAll(in []string) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for _, s := range in {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) && errors.Is(ne.Err, strconv.ErrSyntax) {
				return sum, fmt.Errorf("bad %q: %w", s, err)
			}
			panic(err)
		}
		sum += n
	}
	return sum, nil
}

// A snippet of the kind people paste: fmt.Fprintf into a bytes.Buffer and to os.Stderr, errors.As/Is on a
// *strconv.NumError, sort.Sort on a defined slice type, a prefixed log line deferred.
func main() {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%d-%s|", 7, "x")
	fmt.Fprintln(&buf, "end", 3.5)
	fmt.Print(buf.String())
	fmt.Fprint(os.Stderr, "to stderr\n")
	fmt.Println(parseAll([]string{"1", " 2 ", "3"}))
	fmt.Println(parseAll([]string{"1", "x"}))
	fmt.Println(parseAll([]string{"99999999999999999999"}))
	words := strings.Fields("pear fig banana kiwi apple")
	sort.Sort(byLen(words))
	fmt.Println(strings.Join(words, ","))
	sort.Strings(words)
	i := sort.SearchStrings(words, "fig")
	fmt.Println(words, i, words[i])
	log.SetFlags(0)
	log.SetPrefix("main: ")
	defer log.Println("deferred log line")
	if _, err := strconv.ParseBool("nope"); err != nil {
		log.Printf("error: %v", err)
	}
}
