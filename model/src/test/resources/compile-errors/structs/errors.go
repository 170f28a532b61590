package main
type terr struct{}
func main() {
	var x int = terr{} // want[1.21-] 14: cannot use terr{} (value of type terr) as int value in variable declaration // want[-1.19] 14: cannot use terr{} (value of type terr) as type int in variable declaration
	println(terr{} < terr{}, terr{}) // want 10: invalid operation: terr{} < terr{} (operator < not defined on struct)
	y := terr{1} // want[1.21-] 12: too many values in struct literal of type terr // want[-1.19] 12: too many values in terr{…}
	z := int{} // want 7: invalid composite literal type int
	_, _, _ = x, y, z
}
