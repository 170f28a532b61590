package main

var init = 1 // want 5: cannot declare init - must be func

type main struct{} // want 6: cannot declare main - must be func

func init() int { return 1 } // want 6: func init must have no arguments and no return values

func init(x int) {} // want 6: func init must have no arguments and no return values

func init() // want 6: missing function body

var x = init // want 9: undefined: init

func init() {
	init() // want 2: undefined: init
}
