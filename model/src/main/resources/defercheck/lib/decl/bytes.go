// The model's declaration of package bytes (see LibraryLoader): every function and method is a native of
// defercheck.semantics.natives.BytesNatives. Buffer has Go's fields, so that Bytes() shares its backing array
// as in Go and fmt prints a Buffer as Go does.
package bytes

//unsupported: Clone ContainsFunc Cut CutPrefix CutSuffix EqualFold Fields FieldsFunc IndexFunc LastIndexFunc Map
//unsupported: Join Repeat Replace ReplaceAll Runes Split SplitAfter SplitAfterN SplitN Title ToLower ToLowerSpecial
//unsupported: ToTitle ToTitleSpecial ToUpper ToUpperSpecial ToValidUTF8 Trim TrimFunc TrimLeft TrimLeftFunc
//unsupported: TrimPrefix TrimRight TrimRightFunc TrimSpace TrimSuffix NewReader Reader ErrTooLarge
//unsupported: Buffer.AvailableBuffer Buffer.Next Buffer.Read Buffer.ReadByte Buffer.ReadBytes Buffer.ReadFrom
//unsupported: Buffer.ReadRune Buffer.ReadString Buffer.UnreadByte Buffer.UnreadRune Buffer.WriteTo

const MinRead = 512

type readOp int8

type Buffer struct {
	buf      []byte
	off      int
	lastRead readOp
}

func NewBuffer(buf []byte) *Buffer
func NewBufferString(s string) *Buffer

//go1.21 func (b *Buffer) Available() int
func (b *Buffer) Bytes() []byte
func (b *Buffer) Cap() int
func (b *Buffer) Grow(n int)
func (b *Buffer) Len() int
func (b *Buffer) Reset()
func (b *Buffer) String() string
func (b *Buffer) Truncate(n int)
func (b *Buffer) Write(p []byte) (n int, err error)
func (b *Buffer) WriteByte(c byte) error
func (b *Buffer) WriteRune(r rune) (n int, err error)
func (b *Buffer) WriteString(s string) (n int, err error)

func Compare(a, b []byte) int
func Contains(b, subslice []byte) bool
func ContainsAny(b []byte, chars string) bool
func ContainsRune(b []byte, r rune) bool
func Count(s, sep []byte) int
func Equal(a, b []byte) bool
func HasPrefix(s, prefix []byte) bool
func HasSuffix(s, suffix []byte) bool
func Index(s, sep []byte) int
func IndexAny(s []byte, chars string) int
func IndexByte(b []byte, c byte) int
func IndexRune(s []byte, r rune) int
func LastIndex(s, sep []byte) int
func LastIndexAny(s []byte, chars string) int
func LastIndexByte(s []byte, c byte) int
