package main

func main() {
	var v any
	switch y := 2; y {
	case 1:
		fallthrough
	case 2:
		if y > 0 {
			fallthrough // want 4: fallthrough statement out of place
		}
	case 3:
		fallthrough // want 3: fallthrough statement out of place
		println()
	default:
		fallthrough // want 3: cannot fallthrough final case in switch
	}
	switch v.(type) {
	case int:
		fallthrough // want 3: cannot fallthrough in type switch
	case string:
	}
	fallthrough // want 2: fallthrough statement out of place
	for {
		fallthrough // want 3: fallthrough statement out of place
	}
}
