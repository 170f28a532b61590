package main

import "fmt"

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

func (l Logger) Prefix() string { return l.prefix }

type Base struct {
	ID int
}

func (b Base) Describe() string { return fmt.Sprint("base#", b.ID) }

type Service struct {
	*Logger
	Base
	Name string
}

// Fields and methods of embedded types are promoted: s.Log calls (*Logger).Log through the embedded
// pointer, s.Describe the embedded Base's method; deferring them binds the receiver at the defer.
func main() {
	s := Service{&Logger{"[svc] "}, Base{7}, "api"}
	defer s.Log("deferred log")
	defer fmt.Println("deferred describe:", s.Describe())
	s.ID = 8
	s.prefix = "[new] "
	s.Log(s.Describe() + " " + s.Prefix() + s.Name)
	var i interface{ Describe() string } = s
	fmt.Println(i.Describe(), s.Base.ID, s.Logger.prefix)
}
