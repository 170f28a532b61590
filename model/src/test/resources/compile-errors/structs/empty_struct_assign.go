package main
type terr struct{}
func main() {
	var e struct{} = terr{}
	_ = e
}
