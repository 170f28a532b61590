package defercheck.lib.fmt;

import defercheck.source.GoVersion;
import java.util.List;

/**
 * The fmt engine: Sprintf, Errorf's text, Sprint and Sprintln over {@link Operand}s, for one Go release.
 *
 * <p>fmt calls Error, String and GoString methods while it formats. The engine never runs Go code: a run
 * that reaches such a call stops with {@link Formatted.NeedsCall}; the caller makes the call, appends its
 * {@link MethodResult} to {@code results}, and runs the same formatting again with the longer list. Each run
 * replays the results in order, so calls happen exactly as often and in the order Go makes them, and the
 * state between runs is just the list of results. A run with every result it needs gives
 * {@link Formatted.Done}; one where a method panics while fmt prints a panic value gives
 * {@link Formatted.Panics}. Print, Println, Printf, Fprint* and Errorf are these plus the caller's writing
 * or error construction (Errorf: {@link Formatted.Done#wrapped()}).
 *
 * <p>Release differences: %w is accepted only by Errorf, and before go1.20 only once per call; the zero flag
 * is parsed differently before go1.23 (with the same output); %q and %U use the release's Unicode tables.
 */
public final class Fmt {

    private Fmt() {
    }

    /** fmt.Sprintf. */
    public static Formatted sprintf(GoVersion version, String format, List<Operand> args, List<MethodResult> results) {
        return printf(version, format, args, results, false);
    }

    /** The text and wrapped arguments of fmt.Errorf. */
    public static Formatted errorf(GoVersion version, String format, List<Operand> args, List<MethodResult> results) {
        return printf(version, format, args, results, true);
    }

    /** fmt.Sprint: a space between operands when neither is a string. */
    public static Formatted sprint(GoVersion version, List<Operand> args, List<MethodResult> results) {
        Printer p = new Printer(version, results);
        Directives d = new Directives(p);
        return run(p, d, () -> d.doPrint(args));
    }

    /** fmt.Sprintln: spaces between all operands and a newline. */
    public static Formatted sprintln(GoVersion version, List<Operand> args, List<MethodResult> results) {
        Printer p = new Printer(version, results);
        Directives d = new Directives(p);
        return run(p, d, () -> d.doPrintln(args));
    }

    private static Formatted printf(GoVersion version, String format, List<Operand> args, List<MethodResult> results,
            boolean wrapErrs) {
        Printer p = new Printer(version, results);
        p.wrapErrs = wrapErrs;
        Directives d = new Directives(p);
        return run(p, d, () -> d.doPrintf(format, args));
    }

    private static Formatted run(Printer p, Directives d, Runnable body) {
        try {
            body.run();
        } catch (Printer.Stop stop) {
            return stop.outcome;
        }
        return new Formatted.Done(p.f.buf.toString(), p.wrapped, d.reordered());
    }
}
