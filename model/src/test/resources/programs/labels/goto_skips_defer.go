package main

import "fmt"

// A forward goto skips the defer statements it jumps over, so they are never registered, and it can leave
// nested blocks and loops; the defers it does not skip still run when the function returns or panics.
func run(skip bool) (log string) {
	defer func() {
		if r := recover(); r != nil {
			log += fmt.Sprint(" recovered(", r, ")")
		}
	}()
	if skip {
		goto after
	}
	defer func() { log += " first" }()
after:
	for i := 0; ; i++ {
		for j := 0; j < 3; j++ {
			if i+j == 3 {
				goto out
			}
		}
	}
out:
	defer func() { log += " second" }()
	if !skip {
		panic("not skipped")
	}
	return "skipped"
}

func main() {
	fmt.Println(run(true))
	fmt.Println(run(false))
}
