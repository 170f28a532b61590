package defercheck.lib.log;

/**
 * The moment a log line is stamped with, as its calendar fields in the logger's zone. Real Go reads the
 * clock, so a program run twice prints different headers; the model stamps every line with the same
 * {@link #VIRTUAL} time instead (the Go playground's fixed clock, 2009-11-10 23:00:00 UTC, in a UTC zone so
 * that LUTC changes nothing). Output with Ldate, Ltime or Lmicroseconds therefore differs from a real run in
 * those digits only.
 */
public record LogTime(int year, int month, int day, int hour, int minute, int second, int nanosecond) {

    public static final LogTime VIRTUAL = new LogTime(2009, 11, 10, 23, 0, 0, 0);

    public LogTime {
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || nanosecond < 0 || nanosecond > 999_999_999) {
            throw new IllegalArgumentException("not a time of day: " + year + "-" + month + "-" + day + " " + hour
                    + ":" + minute + ":" + second + "." + nanosecond);
        }
    }
}
