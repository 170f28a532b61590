// An unnamed struct type that embeds types with methods has the promoted methods in its method set, so its
// values become interface values: `defer i.M()` binds the interface's copy of the struct at the defer
// statement, fmt calls a promoted String method, and a panic value with a promoted Error method prints
// through it; a pointer to the unnamed struct also has the pointer-receiver methods of its embedded value.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int       { return c.n }
func (c *Counter) Inc()          { c.n++ }
func (c Counter) String() string { return fmt.Sprintf("Counter(%d)", c.n) }

type Getter interface{ Get() int }

type Incrementer interface {
	Getter
	Inc()
}

type Fault struct{ code int }

func (f Fault) Error() string { return fmt.Sprint("fault ", f.code) }

func main() {
	v := struct {
		Counter
		tag string
	}{Counter{1}, "v"}
	var g Getter = v
	defer fmt.Println("deferred g.Get() evaluated at the defer statement:", g.Get())
	defer func() { fmt.Println("closure sees g's copy:", g.Get(), "and v:", v.Get()) }()
	defer g.Get()
	v.n = 10
	fmt.Println(v, g)
	var inc Incrementer = &v
	defer inc.Inc()
	inc.Inc()
	fmt.Println(v.n, inc.Get())
	_, isInc := g.(Incrementer)
	fmt.Println("value has Inc:", isInc)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		e, ok := r.(error)
		fmt.Println(ok, e)
	}()
	panic(struct{ Fault }{Fault{7}})
}
