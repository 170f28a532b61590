package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Temp struct {
	Name string
	C    Celsius
}

func (t *Temp) Warm(d Celsius) { t.C += d }

func (t Temp) Report() { fmt.Println(t.Name, "is", t.C) }

// Method values bind their receiver when evaluated; method expressions take it as the first argument.
// Both can be deferred like any func value.
func main() {
	t := Temp{"kitchen", 20}
	warm := t.Warm
	report := t.Report
	defer report()
	defer Temp.Report(t)
	defer (*Temp).Report(&t)
	warm(1.5)
	(*Temp).Warm(&t, 0.5)
	fs := []func(){t.Report, func() { warm(10) }}
	for _, f := range fs {
		f()
	}
	fmt.Println(t.C, Celsius.String(3), fmt.Sprint(t))
}
