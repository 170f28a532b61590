package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

type noisy string

func (n noisy) String() string {
	fmt.Println("String called for", string(n))
	return string(n)
}

type renamer struct{ l *log.Logger }

func (r renamer) String() string {
	r.l.SetPrefix("renamed: ")
	return "renamer"
}

type failing struct{ writes int }

func (f *failing) Write(p []byte) (int, error) {
	f.writes++
	panic(fmt.Sprintf("write %d of %q refused", f.writes, p))
}

// A Logger writes each line with one Write call on its writer; log.New's prefix and flags, SetOutput, Writer,
// Output; a panicking writer's panic leaves the log call like any panic and a deferred recover gets it.
func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "buf: ", log.Lmsgprefix)
	l.Println("one", noisy("two"))
	l.SetPrefix("[b] ")
	l.SetFlags(0)
	l.Printf("%d|%v", 3, noisy("four"))
	fmt.Printf("%q %d %q\n", buf.String(), l.Flags(), l.Prefix())
	fmt.Println(log.Writer() == os.Stderr, l.Writer() == &buf)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Print("std to stdout")
	fmt.Println(log.Output(1, "via Output"), l.Output(2, "buf via Output"), buf.Len())
	l.Println("before", renamer{l})
	l.Println("after")
	fmt.Print(buf.String())
	std := log.Default()
	std.SetPrefix("std: ")
	log.Println("prefix through Default")
	out := log.New(os.Stdout, "out: ", 0)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		out.Panicf("panic %d", 5)
	}()
	f := &failing{}
	bad := log.New(f, "", 0)
	func() {
		defer func() { fmt.Println("recovered:", recover(), f.writes) }()
		bad.Println("lost")
	}()
	var nilLogger *log.Logger
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilLogger.Println(noisy("five"))
	}()
	defer fmt.Println("never printed")
	out.Fatalln("fatal", noisy("six"))
}
