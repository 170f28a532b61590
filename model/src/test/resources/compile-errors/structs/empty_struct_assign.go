package main
type terr struct{}
func main() {
	var e struct{} = terr{} // want 19: unsupported: using terr{} (value of type terr) as struct{} (same underlying type)
	_ = e
}
