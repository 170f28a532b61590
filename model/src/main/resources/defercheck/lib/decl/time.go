// The model's declaration of package time (see LibraryLoader): Sleep and the timers (NewTimer, After, AfterFunc,
// NewTicker, Tick) on the machine's virtual clock, and Duration's String; every function is a native of
// defercheck.semantics.natives.TimeNatives. A Time is opaque: the timers send one, but the wall clock it would
// show is not deterministic, so printing it is refused. Timer and Ticker hide the runtime's timer.
package time

import "errors"

//unsupported: ANSIC April August Date DateOnly DateTime December February FixedZone Friday
//unsupported: January July June Kitchen Layout LoadLocation LoadLocationFromTZData Local March May Monday
//unsupported: Month November Now October Parse ParseDuration ParseError ParseInLocation
//unsupported: RFC1123 RFC1123Z RFC3339 RFC3339Nano RFC822 RFC822Z RFC850 RubyDate Saturday September Since
//unsupported: Stamp StampMicro StampMilli StampNano Sunday Thursday TimeOnly Tuesday
//unsupported: UTC Unix UnixDate UnixMicro UnixMilli Until Wednesday Weekday
//unsupported: Duration.Abs Duration.Hours Duration.Microseconds Duration.Milliseconds Duration.Minutes
//unsupported: Duration.Nanoseconds Duration.Round Duration.Seconds Duration.Truncate
//unsupported: Location.String
//unsupported: Time.Add Time.AddDate Time.After Time.AppendFormat Time.Before Time.Clock Time.Compare Time.Date
//unsupported: Time.Day Time.Equal Time.Format Time.GobDecode Time.GobEncode Time.Hour Time.ISOWeek Time.In
//unsupported: Time.IsDST Time.IsZero Time.Local Time.Location Time.MarshalBinary Time.MarshalJSON
//unsupported: Time.MarshalText Time.Minute Time.Month Time.Nanosecond Time.Round Time.Second Time.Sub
//unsupported: Time.Truncate Time.UTC Time.Unix Time.UnixMicro Time.UnixMilli Time.UnixNano Time.UnmarshalBinary
//unsupported: Time.UnmarshalJSON Time.UnmarshalText Time.Weekday Time.Year Time.YearDay Time.Zone
//unsupported: Time.ZoneBounds

//opaque: Time Location Timer Ticker

type Duration int64

// (spelled out: a declaration file's constants do not refer to each other)
const (
	Nanosecond  Duration = 1
	Microsecond Duration = 1000
	Millisecond Duration = 1000000
	Second      Duration = 1000000000
	Minute      Duration = 60000000000
	Hour        Duration = 3600000000000
)

func (d Duration) String() string

func Sleep(d Duration)

type Location struct {
	name string
}

type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

func (t Time) String() string

func (t Time) GoString() string

// runtimeTimer stands for the runtime's timer, which the machine keeps: a made Timer or Ticker points to one.
type runtimeTimer struct{}

type Timer struct {
	C <-chan Time
	r *runtimeTimer
}

func NewTimer(d Duration) *Timer

func AfterFunc(d Duration, f func()) *Timer

func After(d Duration) <-chan Time

func (t *Timer) Stop() bool

func (t *Timer) Reset(d Duration) bool

type Ticker struct {
	C <-chan Time
	r *runtimeTimer
}

func NewTicker(d Duration) *Ticker

func Tick(d Duration) <-chan Time

func (t *Ticker) Stop()

func (t *Ticker) Reset(d Duration)
