package main

// runtime TestIssue43920, with prints instead of t.Fatalf.
func main() {
	defer func() { println("main recovers", recover().(int)) }()
	defer func() {
		defer func() {
			defer func() { println("recovers", recover().(int)) }()
			defer panic(5)
			func() { panic(4) }()
		}()
		defer func() { println("recovers", recover().(int)) }()
		defer panic(3)
	}()
	func() {
		defer println("step 1")
		panic(1)
	}()
}
