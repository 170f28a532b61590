// The model's declaration of package strconv (see LibraryLoader): every function and method is a native of
// defercheck.semantics.natives.StrconvNatives. errors gives ErrRange and ErrSyntax their type.
package strconv

import "errors"

//unsupported: AppendBool AppendFloat AppendInt AppendQuote AppendQuoteRune AppendQuoteRuneToASCII
//unsupported: AppendQuoteRuneToGraphic AppendQuoteToASCII AppendQuoteToGraphic AppendUint
//unsupported: FormatComplex ParseComplex UnquoteChar

const IntSize = 64

var ErrRange error
var ErrSyntax error

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string
func (e *NumError) Unwrap() error

func Atoi(s string) (int, error)
func Itoa(i int) string
func ParseBool(str string) (bool, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func FormatBool(b bool) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func QuotedPrefix(s string) (string, error)
func Unquote(s string) (string, error)
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
