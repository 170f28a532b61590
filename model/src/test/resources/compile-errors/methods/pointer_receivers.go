package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func (t T) Get() int { return t.n }

type Getter interface{ Get() int }
type Incer interface{ Inc() }

func make2() T { return T{} }

func main() {
	make2().Inc() // want 10: cannot call pointer method Inc on T
	T{}.Inc() // want 6: cannot call pointer method Inc on T
	var i Incer = T{} // want[1.21-] 16: cannot use T{} (value of type T) as Incer value in variable declaration: T does not implement Incer (method Inc has pointer receiver) // want[-1.19] 16: cannot use T{} (value of type T) as type Incer in variable declaration:\n\tT does not implement Incer (Inc method has pointer receiver)
	var g Getter = &T{}
	f := T.Inc // want[-1.19] 9: cannot call pointer method Inc on T // want[1.21-] 9: invalid method expression T.Inc (needs pointer receiver (*T).Inc)
	_ = (*T).Get
	_ = T.Get
	defer make2().Inc() // want 16: cannot call pointer method Inc on T
	println(i, g, f)
}
