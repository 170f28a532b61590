package main

func main() {
	_ = 'ab' // want 6: more than one character in rune literal
	_ = "\q" // want 8: unknown escape
	_ = '' // want 7: empty rune literal or unescaped '
	_ = '\400' // want 11: octal escape value 256 > 255
	_ = "\xZZ" // want 9: invalid character 'Z' in hexadecimal escape
	_ = 0x // want 8: hexadecimal literal has no digits
	_ = 1_ // want 7: '_' must separate successive digits
	_ = 09 // want 7: invalid digit '9' in octal literal
}
