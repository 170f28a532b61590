package main

import (
	"fmt"
	"strconv"
)

// parse converts a recovered panic and a parse error alike into the named result err; the deferred closure
// sees the *strconv.NumError that the failed Atoi returned.
func parse(s string) (n int, err error) {
	defer func() {
		if err != nil {
			fmt.Printf("deferred: %v (%T)\n", err, err)
		}
	}()
	n, err = strconv.Atoi(s)
	return n * 2, err
}

func describe(err error) {
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Printf("Func=%s Num=%q Err=%v syntax=%t range=%t\n", ne.Func, ne.Num, ne.Err,
			ne.Err == strconv.ErrSyntax, ne.Err == strconv.ErrRange)
		return
	}
	fmt.Println("not a NumError:", err)
}

func main() {
	fmt.Println(parse("21"))
	fmt.Println(parse("x1"))
	fmt.Println(parse(""))
	_, err := strconv.ParseInt("128", 10, 8)
	describe(err)
	v, err := strconv.ParseInt("-0x_1F", 0, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	_, err = strconv.ParseInt("7", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("7", 10, 65)
	fmt.Println(err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("0x1p-2", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	describe(err)
	b, err = strconv.ParseBool("T")
	fmt.Println(b, err)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 36), strconv.FormatUint(1<<63, 16))
	fmt.Println(strconv.FormatFloat(2e23, 'g', -1, 64), strconv.FormatFloat(3.14159, 'f', 2, 64),
		strconv.FormatFloat(1.5, 'e', 3, 32), strconv.FormatBool(true))
	fmt.Println(strconv.Quote("tab\there \"q\" é \x00"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote(`'ab'`)
	fmt.Printf("%q %v\n", s, err)
	var e *strconv.NumError
	fmt.Println(e == nil, strconv.IntSize)
	defer func() {
		r := recover()
		fmt.Printf("recovered %T: %v\n", r, r)
	}()
	defer fmt.Println("frozen:", strconv.Itoa(len("four")))
	fmt.Println(strconv.FormatInt(10, 1))
}
