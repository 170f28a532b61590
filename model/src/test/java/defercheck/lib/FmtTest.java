package defercheck.lib;

import static defercheck.lib.GoCases.hex;
import static defercheck.lib.GoCases.unhex;

import defercheck.lib.fmt.Fmt;
import defercheck.lib.fmt.Formatted;
import defercheck.lib.fmt.MethodResult;
import defercheck.lib.fmt.Operand;
import defercheck.source.GoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Fmt} against lib/gen/fmt.go: every verb on values of every kind (named types, composites, values with
 * String, Error and GoString methods, methods that panic) under random flags, widths and precisions (with
 * {@code *}), the error forms, argument indexes, Errorf's %w on go1.19 and go1.23, Sprint and Sprintln.
 * Method calls are answered by {@link FmtOperands#call} and replayed as {@link Fmt} asks.
 */
class FmtTest {

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> recorded() {
        return GoCases.recorded("fmt", FmtTest::check);
    }

    @TestFactory
    List<DynamicTest> live() throws Exception {
        return GoCases.live("fmt", FmtTest::check, work);
    }

    @TestFactory
    List<DynamicTest> liveBig() throws Exception {
        return GoCases.liveOldestAndNewest("fmt", FmtTest::check, work.resolve("big"), "big");
    }

    static String check(String line, GoVersion v) {
        String[] f = line.split(" ", -1);
        String kind = f[0];
        boolean printf = kind.equals("F") || kind.equals("E");
        String format = printf ? unhex(f[1]) : null;
        int at = printf ? 2 : 1;
        List<Operand> args = FmtOperands.parseArgs(f[at]);
        args.forEach(FmtOperands::bindReceivers);
        String want = String.join(" ", List.of(f).subList(at + 1, f.length));
        String got = run(kind, format, args, v);
        return want.equals(got) ? null : "want " + want + "\n    got  " + got + "\n    " + readable(want, got);
    }

    private static String run(String kind, String format, List<Operand> args, GoVersion v) {
        List<MethodResult> results = new ArrayList<>();
        while (true) {
            Formatted r;
            switch (kind) {
                case "F":
                    r = Fmt.sprintf(v, format, args, results);
                    break;
                case "E":
                    r = Fmt.errorf(v, format, args, results);
                    break;
                case "P":
                    r = Fmt.sprint(v, args, results);
                    break;
                default:
                    r = Fmt.sprintln(v, args, results);
                    break;
            }
            if (r instanceof Formatted.NeedsCall) {
                Formatted.NeedsCall c = (Formatted.NeedsCall) r;
                results.add(FmtOperands.call(c.receiver(), c.method()));
                continue;
            }
            if (r instanceof Formatted.Panics) {
                return "panic " + FmtOperands.describe(((Formatted.Panics) r).value());
            }
            Formatted.Done d = (Formatted.Done) r;
            String text = "= " + hex(d.text());
            return kind.equals("E") ? text + " " + wrapped(d, args, v) : text;
        }
    }

    /** Which arguments the error Errorf builds wraps, as the generator lists them. */
    private static String wrapped(Formatted.Done d, List<Operand> args, GoVersion v) {
        List<Integer> w = new ArrayList<>(d.wrapped());
        if (w.isEmpty()) {
            return "-";
        }
        if (w.size() == 1) {
            return args.get(w.get(0)).methods().error() ? String.valueOf(w.get(0)) : "nilwrap";
        }
        if (d.reordered()) {
            w.sort(null);
        }
        List<String> idx = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (i > 0 && w.get(i - 1).equals(w.get(i))) {
                continue;
            }
            if (args.get(w.get(i)).methods().error()) {
                idx.add(String.valueOf(w.get(i)));
            }
        }
        return idx.isEmpty() ? "-" : idx.stream().collect(Collectors.joining("."));
    }

    /** The texts of both results, for reading a failure. */
    private static String readable(String want, String got) {
        return "(" + text(want) + " vs " + text(got) + ")";
    }

    private static String text(String result) {
        String[] p = result.split(" ");
        return p.length > 1 && p[0].equals("=") ? ByteStrings.toJavaText(unhex(p[1])) : result;
    }
}
