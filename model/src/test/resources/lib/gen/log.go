// Generator of expected values for defercheck.lib.log (run by LogLineTest when a Go toolchain is installed).
// Each case logs through a log.Logger writing to a buffer and prints the prefix, flags, the file and line Go
// reports for the call, the message fmt made, and the bytes written, in hex ("-" when empty). The directory of
// this file is printed as /work in both, so that the output does not depend on where it was built. With the
// argument "time" it prints only lines stamped with the clock (T), which also carry the clock in Unix
// nanoseconds read just before and just after the call. X is the exit status and output of log.Fatalln run in
// a child process.
package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

var out = os.Stdout

func h(s string) string {
	if s == "" {
		return "-"
	}
	return hex.EncodeToString([]byte(s))
}

// portable replaces the directory of this source file by /work.
func portable(s, file string) string {
	return strings.ReplaceAll(s, filepath.Dir(file)+"/", "/work/")
}

func emit(kind, prefix string, flags int, file string, line int, msg string, buf *bytes.Buffer) {
	fmt.Fprintf(out, "%s %s %d %s %d %s %s\n", kind, h(prefix), flags, h(portable(file, file)), line, h(msg),
		h(portable(buf.String(), file)))
}

func cases(prefix string, flags int) {
	var buf bytes.Buffer
	l := log.New(&buf, prefix, flags)
	_, file, line, _ := runtime.Caller(0); l.Print("a", 1, 2, "b")
	emit("L", prefix, flags, file, line, fmt.Sprint("a", 1, 2, "b"), &buf)
	buf.Reset()
	_, file, line, _ = runtime.Caller(0); l.Printf("%d-%s", 3, "x")
	emit("L", prefix, flags, file, line, fmt.Sprintf("%d-%s", 3, "x"), &buf)
	buf.Reset()
	_, file, line, _ = runtime.Caller(0); l.Println("a", 1)
	emit("L", prefix, flags, file, line, fmt.Sprintln("a", 1), &buf)
	buf.Reset()
	_, file, line, _ = runtime.Caller(0); l.Print("ends\n")
	emit("L", prefix, flags, file, line, "ends\n", &buf)
	buf.Reset()
	_, file, line, _ = runtime.Caller(0); l.Print()
	emit("L", prefix, flags, file, line, "", &buf)
	buf.Reset()
	_, file, line, _ = runtime.Caller(0); l.Printf("two\nlines\n\n")
	emit("L", prefix, flags, file, line, "two\nlines\n\n", &buf)
}

func panics(prefix string, flags int) {
	var buf bytes.Buffer
	l := log.New(&buf, prefix, flags)
	var file string
	var line int
	for i, call := range []func(){
		func() { _, file, line, _ = runtime.Caller(0); l.Panic("boom", 1) },
		func() { _, file, line, _ = runtime.Caller(0); l.Panicf("%v!", 2) },
		func() { _, file, line, _ = runtime.Caller(0); l.Panicln("x", 3) },
	} {
		buf.Reset()
		func() {
			defer func() {
				v := recover()
				fmt.Fprintf(out, "P %d %s %d %s %d %T %s %s\n", i, h(prefix), flags, h(portable(file, file)), line, v,
					h(fmt.Sprint(v)), h(portable(buf.String(), file)))
			}()
			call()
		}()
	}
}

func timed(prefix string, flags int) {
	var buf bytes.Buffer
	l := log.New(&buf, prefix, flags)
	before := time.Now().UnixNano()
	_, file, line, _ := runtime.Caller(0); l.Print("t")
	after := time.Now().UnixNano()
	fmt.Fprintf(out, "T %s %d %s %d %s %s %d %d\n", h(prefix), flags, h(portable(file, file)), line, h("t"),
		h(portable(buf.String(), file)), before, after)
}

func fatal() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	defer fmt.Println("deferred")
	log.Fatalln("bye", 1)
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "fatal" {
		fatal()
	}
	timeOnly := len(os.Args) > 1 && os.Args[1] == "time"
	for _, prefix := range []string{"", "pre: ", "[x] "} {
		for flags := 0; flags < 16; flags++ {
			f := 0
			for bit, flag := range []int{log.Llongfile, log.Lshortfile, log.Lmsgprefix, log.LUTC} {
				if flags&(1<<bit) != 0 {
					f |= flag
				}
			}
			if !timeOnly {
				cases(prefix, f)
				panics(prefix, f)
				continue
			}
			for _, t := range []int{log.Ldate, log.Ltime, log.Lmicroseconds, log.Ldate | log.Ltime, log.LstdFlags | log.Lmicroseconds} {
				timed(prefix, f|t|log.LUTC)
			}
		}
	}
	if timeOnly {
		return
	}
	child := exec.Command(os.Args[0], "fatal")
	stdout, err := child.Output()
	code := 0
	if e, ok := err.(*exec.ExitError); ok {
		code = e.ExitCode()
	}
	fmt.Fprintf(out, "X %d %s\n", code, h(string(stdout)))
	fmt.Fprintf(out, "F %d %d %d %d %d %d %d %d\n", log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile,
		log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)
}
