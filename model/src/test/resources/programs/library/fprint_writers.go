package main

import (
	"fmt"
	"os"
)

// fmt.Fprint, Fprintln and Fprintf write to os.Stdout and os.Stderr, or call a user's Write method with the
// formatted bytes and return what it returns. A deferred Fprintln writes when it runs, with the arguments
// evaluated at the defer statement. Writing to a nil io.Writer faults.

type counter struct {
	calls, bytes int
}

func (c *counter) Write(p []byte) (int, error) {
	c.calls++
	c.bytes += len(p)
	fmt.Printf("counter.Write(%q)\n", p)
	return len(p) - 1, fmt.Errorf("short write")
}

func main() {
	x := 1
	defer fmt.Fprintln(os.Stderr, "deferred to stderr, x =", x)
	x = 2
	n, err := fmt.Fprintln(os.Stdout, "to stdout", x, true)
	fmt.Println(n, err)
	fmt.Fprintf(os.Stderr, "to stderr: %d%%\n", 50)
	fmt.Fprint(os.Stdout, "no", "spaces", 1, 2, "\n")
	c := &counter{}
	n, err = fmt.Fprintf(c, "%s-%d", "id", 7)
	fmt.Println(n, err, c.calls, c.bytes)
	os.Stdout.WriteString("WriteString on os.Stdout\n")
	os.Stderr.Write([]byte("Write on os.Stderr\n"))

	var w *counter
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Fprintln(nil, "crash")
	}()
	fmt.Fprintln(w, "nil *counter: its Write dereferences it")
}
