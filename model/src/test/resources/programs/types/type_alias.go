package main

import "fmt"

// Type aliases: another name for the same type, so values, methods and %T are those of the aliased type;
// an alias may name an instance of a generic type and be declared after its uses.

type Celsius = Temp

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type IntBox = Box[int]

type Bytes = []byte

type Any = interface{}

func show(t Temp) { fmt.Println("show", t) }

func main() {
	var c Celsius = 21.5
	show(c)
	fmt.Printf("%T %v\n", c, c)
	b := IntBox{v: 3}
	defer fmt.Println("deferred Get:", b.Get())
	var a Any = b
	_, ok := a.(Box[int])
	fmt.Printf("%T %v\n", a, ok)
	type local = map[string]Bytes
	m := local{"k": Bytes("v")}
	fmt.Printf("%T %s\n", m, m["k"])
}
