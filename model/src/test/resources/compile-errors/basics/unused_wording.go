package main
import "os" // want[1.21-] 8: "os" imported and not used // want[-1.19] 8: imported and not used: "os"
func main() {
	x := 1 // want[1.23-] 2: declared and not used: x // want[1.21-1.22] 2: x declared and not used // want[-1.19] 2: x declared but not used
}
