package main

import (
	"errors"
	"fmt"
	"strconv"
)

// toInt wraps strconv's error with %w in a deferred closure; errors.Is and errors.As see through the
// wrapping to strconv.ErrRange / ErrSyntax and the *strconv.NumError.
func toInt(s string, bits int) (n int64, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("toInt(%q): %w", s, err)
		}
	}()
	return strconv.ParseInt(s, 10, bits)
}

func main() {
	for _, s := range []string{"12", "300", "1x"} {
		n, err := toInt(s, 8)
		var ne *strconv.NumError
		fmt.Println(n, err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax), errors.As(err, &ne))
		if ne != nil {
			fmt.Printf("%s %q %v %v\n", ne.Func, ne.Num, ne.Unwrap() == ne.Err, errors.Unwrap(ne))
		}
	}
	_, err := strconv.Atoi("99999999999999999999")
	fmt.Printf("%T %v %v\n", errors.Unwrap(err), errors.Unwrap(err), errors.Unwrap(err) == strconv.ErrRange)
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println("recovered", ok, errors.Is(err, strconv.ErrSyntax), r)
	}()
	if _, err := strconv.ParseFloat("1.5.2", 64); err != nil {
		panic(err)
	}
}
