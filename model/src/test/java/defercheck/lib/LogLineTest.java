package defercheck.lib;

import static defercheck.lib.GoCases.diff;
import static defercheck.lib.GoCases.unhex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.lib.log.LogFlags;
import defercheck.lib.log.LogLine;
import defercheck.lib.log.LogTime;
import defercheck.source.GoVersion;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LogLine} against lib/gen/log.go: every combination of prefix, Llongfile, Lshortfile, Lmsgprefix and LUTC
 * for Print, Printf, Println (messages with and without a final newline) and the Panic forms (whose panic value
 * is the message, a string); log.Fatalln's exit status 1 with deferred calls not run; the flag values. Go's
 * clock cannot be set, so a header with date or time is checked live only: its digits must read back as a
 * time between the clock readings just before and after the call, and format to the same bytes.
 */
class LogLineTest {

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> recorded() {
        return GoCases.recorded("log", LogLineTest::check);
    }

    @TestFactory
    List<DynamicTest> live() throws Exception {
        return GoCases.live("log", LogLineTest::check, work);
    }

    @TestFactory
    List<DynamicTest> liveClock() throws Exception {
        return GoCases.liveOldestAndNewest("log", LogLineTest::check, work, "time");
    }

    static String check(String line, GoVersion v) {
        String[] f = line.split(" ");
        switch (f[0]) {
            case "L":
                return diff("log line", f[6], GoCases.hex(LogLine.format(unhex(f[1]), Integer.parseInt(f[2]),
                        LogTime.VIRTUAL, unhex(f[3]), Integer.parseInt(f[4]), unhex(f[5]))));
            case "P":
                String want = f[6] + " " + f[8];
                String got = "string " + GoCases.hex(LogLine.format(unhex(f[2]), Integer.parseInt(f[3]),
                        LogTime.VIRTUAL, unhex(f[4]), Integer.parseInt(f[5]), unhex(f[7])));
                return diff("Panic value type and line", want, got);
            case "T":
                return checkTimed(f);
            case "X":
                return diff("Fatalln", f[1] + " " + f[2], LogFlags.FATAL_EXIT_STATUS + " " + GoCases.hex("bye 1\n"));
            case "F":
                return diff("flags", String.join(" ", List.of(f).subList(1, f.length)),
                        LogFlags.LDATE + " " + LogFlags.LTIME + " " + LogFlags.LMICROSECONDS + " " + LogFlags.LLONGFILE
                        + " " + LogFlags.LSHORTFILE + " " + LogFlags.LUTC + " " + LogFlags.LMSGPREFIX + " "
                        + LogFlags.LSTD_FLAGS);
            default:
                return "unknown case kind " + f[0];
        }
    }

    /**
     * T prefix flags file line msg out before after: the header's date and time digits, read back, must lie
     * between the two clock readings (at the header's precision), and format to exactly the bytes written.
     */
    private static String checkTimed(String[] f) {
        String prefix = unhex(f[1]);
        int flags = Integer.parseInt(f[2]);
        String out = unhex(f[6]);
        ZonedDateTime before = utc(Long.parseLong(f[7]));
        ZonedDateTime after = utc(Long.parseLong(f[8]));
        int pos = (flags & LogFlags.LMSGPREFIX) == 0 ? prefix.length() : 0;
        ZonedDateTime t = before;
        try {
            if ((flags & LogFlags.LDATE) != 0) {
                t = t.withYear(num(out, pos, 4)).withMonth(num(out, pos + 5, 2)).withDayOfMonth(num(out, pos + 8, 2));
                pos += 11;
            }
            if ((flags & (LogFlags.LTIME | LogFlags.LMICROSECONDS)) != 0) {
                t = t.withHour(num(out, pos, 2)).withMinute(num(out, pos + 3, 2)).withSecond(num(out, pos + 6, 2))
                        .withNano((flags & LogFlags.LMICROSECONDS) != 0 ? num(out, pos + 9, 6) * 1000 : 0);
            }
        } catch (RuntimeException e) {
            return "header does not parse: " + e;
        }
        ZonedDateTime low = (flags & LogFlags.LMICROSECONDS) != 0 ? before.withNano(before.getNano() / 1000 * 1000)
                : (flags & LogFlags.LTIME) != 0 ? before.withNano(0) : before.toLocalDate().atStartOfDay(ZoneOffset.UTC);
        if (t.isBefore(low) || t.isAfter(after)) {
            return "header time " + t + " is not between " + before + " and " + after;
        }
        LogTime lt = new LogTime(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), t.getNano());
        return diff("timed line", f[6], GoCases.hex(LogLine.format(prefix, flags, lt, unhex(f[3]),
                Integer.parseInt(f[4]), unhex(f[5]))));
    }

    private static int num(String s, int at, int width) {
        return Integer.parseInt(s.substring(at, at + width));
    }

    private static ZonedDateTime utc(long unixNanos) {
        return Instant.ofEpochSecond(0, unixNanos).atZone(ZoneOffset.UTC);
    }

    @Test
    void virtualClockHeader() {
        assertEquals("2009/11/10 23:00:00 hi\n", LogLine.format("", LogFlags.LSTD_FLAGS, LogTime.VIRTUAL, "", 0, "hi"));
        assertEquals("p: 23:00:00.000000 main.go:7: x\n", LogLine.format("p: ",
                LogFlags.LMICROSECONDS | LogFlags.LSHORTFILE, LogTime.VIRTUAL, "/a/main.go", 7, "x\n"));
    }
}
