// The model's declaration of package time (see LibraryLoader): Sleep on the machine's virtual clock and
// Duration's String; every function is a native of defercheck.semantics.natives.TimeNatives.
package time

//unsupported: ANSIC After AfterFunc April August Date DateOnly DateTime December February FixedZone Friday
//unsupported: January July June Kitchen Layout LoadLocation LoadLocationFromTZData Location March May Monday
//unsupported: Month NewTicker NewTimer November Now October Parse ParseDuration ParseError ParseInLocation
//unsupported: RFC1123 RFC1123Z RFC3339 RFC3339Nano RFC822 RFC822Z RFC850 RubyDate Saturday September Since
//unsupported: Stamp StampMicro StampMilli StampNano Sunday Thursday Tick Ticker Time TimeOnly Timer Tuesday
//unsupported: Unix UnixDate UnixMicro UnixMilli Until Wednesday Weekday
//unsupported: Duration.Abs Duration.Hours Duration.Microseconds Duration.Milliseconds Duration.Minutes
//unsupported: Duration.Nanoseconds Duration.Round Duration.Seconds Duration.Truncate

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
