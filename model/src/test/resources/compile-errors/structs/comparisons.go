package main
type terr struct{}
func main() {
	if (terr{}) == (terr{}) {
		println([2]int{} == [2]int{})
	}
}
