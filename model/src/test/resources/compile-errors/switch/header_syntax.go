package main

func main() {
	var v any
	switch x := 1 { // want 11: syntax error: cannot use x := 1 as value
	}
	switch a, b := v.(type) { // want 14: syntax error: cannot use a, b := v.(type) as value
	}
	x := 1
	switch x++ { // want 10: syntax error: cannot use x++ as value
	}
}
