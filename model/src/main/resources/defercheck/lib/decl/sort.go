// The model's declaration of package sort (see LibraryLoader): every function and method is a native of
// defercheck.semantics.natives.SortNatives, which runs lib.sort's machines and calls the program's Len, Less,
// Swap and less functions as Go calls, in Go's order. reverse's Len and Swap are promoted from Interface.
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type IntSlice []int

func (x IntSlice) Len() int
func (x IntSlice) Less(i, j int) bool
func (x IntSlice) Swap(i, j int)
func (x IntSlice) Sort()
func (p IntSlice) Search(x int) int

type Float64Slice []float64

func (x Float64Slice) Len() int
func (x Float64Slice) Less(i, j int) bool
func (x Float64Slice) Swap(i, j int)
func (x Float64Slice) Sort()
func (p Float64Slice) Search(x float64) int

type StringSlice []string

func (x StringSlice) Len() int
func (x StringSlice) Less(i, j int) bool
func (x StringSlice) Swap(i, j int)
func (x StringSlice) Sort()
func (p StringSlice) Search(x string) int

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool

func Reverse(data Interface) Interface

func Sort(data Interface)
func Stable(data Interface)
func IsSorted(data Interface) bool
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func SliceIsSorted(x any, less func(i, j int) bool) bool
func Ints(x []int)
func Float64s(x []float64)
func Strings(x []string)
func IntsAreSorted(x []int) bool
func Float64sAreSorted(x []float64) bool
func StringsAreSorted(x []string) bool
func Search(n int, f func(int) bool) int
func Find(n int, cmp func(int) int) (i int, found bool)
func SearchInts(a []int, x int) int
func SearchFloat64s(a []float64, x float64) int
func SearchStrings(a []string, x string) int
