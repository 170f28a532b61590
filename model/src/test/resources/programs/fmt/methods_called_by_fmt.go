package main

import "fmt"

type Money struct {
	Cents int
	cur   string
}

func (m Money) String() string { return fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.cur) }

type Wallet struct {
	Owner string
	Cash  Money
	spare Money
}

type Broken struct{}

func (Broken) String() string { panic("broken String") }

type Fail string

func (f Fail) Error() string { return "fail: " + string(f) }

// fmt calls String and Error methods, also of exported fields (not unexported ones); a panicking
// String method is caught by fmt and printed as %!v(PANIC=String method: ...). A deferred
// fmt.Println gets copies of its arguments at the defer statement and calls their methods when it runs.
func main() {
	m := Money{1234, "EUR"}
	defer fmt.Println("deferred:", m)
	m.Cents = 1
	w := Wallet{"ann", m, m}
	fmt.Println(w, []Money{m}, map[string]Money{"k": m})
	fmt.Printf("%v|%s|%d|%+v\n", m, Fail("x"), m, w)
	fmt.Println(Broken{}, Fail("y"))
	s := fmt.Sprint(Broken{}, " and ", m)
	fmt.Println(s, len(s))
	var err error = Fail("z")
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	panic(err)
}
