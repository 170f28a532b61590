package main

// runtime TestIssue43921, with prints instead of t.Fatalf.
func main() {
	defer func() { println("main recovers", recover().(int)) }()
	func() {
		for {
			defer func() {}()
			break
		}
		defer func() {
			defer func() { println("inner recovers", recover().(int)) }()
			panic(4)
		}()
		panic(1)
	}()
}
