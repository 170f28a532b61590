package defercheck.semantics.natives;

import defercheck.semantics.Host;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativePackage;
import defercheck.semantics.NativeTable;
import defercheck.source.ByteStrings;

/**
 * Package time (declarations: resources/defercheck/lib/decl/time.go): Sleep parks the goroutine on the machine's
 * virtual clock, which moves on only when no goroutine can run (so runs are fast and deterministic, as if every
 * step took no time); the timers ({@link TimeTimers}) go off on that clock; and Duration's String.
 */
public final class TimeNatives implements NativePackage {

    @Override
    public String path() {
        return "time";
    }

    @Override
    public void register(NativeTable t) {
        t.step("time.Duration.String", a -> a.done(DurationText.of(a.integer(0))));
        TimeTimers.register(t);
        t.call("time.Sleep", a -> new NativeCall() {
            private boolean slept;

            @Override
            public Step step(java.util.List<defercheck.semantics.Value> results) {
                Host host = a.host();
                if (slept) {
                    host.collectParked();
                    return a.done();
                }
                slept = true;
                return host.sleep(a.integer(0)) ? new Step.Wait() : a.done();
            }
        });
    }

    /** Duration.String's text (time/time.go): "1h2m3.5s", "1.5ms", "0s"; the micro sign as its UTF-8 bytes. */
    static final class DurationText {
        private static final long SECOND = 1_000_000_000L;

        private DurationText() {
        }

        static String of(long d) {
            if (d == 0) {
                return "0s";
            }
            boolean negative = d < 0;
            // the magnitude as an unsigned number: Long.MIN_VALUE stays itself and divides as unsigned below
            long u = negative ? -d : d;
            String text = Long.compareUnsigned(u, SECOND) < 0 ? small(u) : large(u);
            return negative ? "-" + text : text;
        }

        /** Under a second: n, µ or m with up to 0, 3 or 6 fraction digits, trailing zeros dropped. */
        private static String small(long u) {
            if (u < 1_000) {
                return u + "ns";
            } else if (u < 1_000_000) {
                return fraction(u, 3) + ByteStrings.fromText("\u00b5") + "s";
            }
            return fraction(u, 6) + "ms";
        }

        /** A second or more: hours and minutes when present, then seconds with up to 9 fraction digits. */
        private static String large(long u) {
            long seconds = Long.divideUnsigned(u, SECOND);
            long nanos = Long.remainderUnsigned(u, SECOND);
            String s = fraction(seconds % 60 * SECOND + nanos, 9) + "s";
            long minutes = seconds / 60;
            if (minutes == 0) {
                return s;
            }
            String m = minutes % 60 + "m" + s;
            long hours = minutes / 60;
            return hours == 0 ? m : hours + "h" + m;
        }

        /** v / 10^digits with the fraction's trailing zeros (and a bare point) left out. */
        private static String fraction(long v, int digits) {
            long scale = 1;
            for (int i = 0; i < digits; i++) {
                scale *= 10;
            }
            long whole = v / scale;
            long frac = v % scale;
            if (frac == 0) {
                return Long.toString(whole);
            }
            String f = String.format("%0" + digits + "d", frac).replaceAll("0+$", "");
            return whole + "." + f;
        }
    }
}
