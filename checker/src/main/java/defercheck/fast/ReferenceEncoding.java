package defercheck.fast;

import defercheck.runtime.MachineRun;
import defercheck.semantics.Event;
import defercheck.semantics.Outcome;
import defercheck.semantics.StderrNormalizer;

/**
 * Spells a reference machine's run (events and outcome) in the fast engine's int encoding ({@link Observed}),
 * so that a fast machine can be compared with the reference machine it stands for. Functions are matched by
 * their Go names in the compiled program; main.init's return, which every machine reports identically and
 * the fast machines do not model, is left out. Anything it cannot spell is an IllegalArgumentException, so
 * a difference in kind never passes as agreement.
 */
public final class ReferenceEncoding {

    private ReferenceEncoding() {
    }

    /** The encoding of {@code run} for the program last compiled into {@code suite}. */
    public static int[] encode(MachineRun run, FastSuite suite) {
        FastCode code = suite.code();
        Observed out = new Observed();
        StringBuilder stderr = new StringBuilder();
        for (Event e : run.outcome().observed()) {
            if (e instanceof Event.DeferredCallStarted d) {
                out.add(Observed.DEFERRED, function(code, d.frame()), d.site(), d.instance());
            } else if (e instanceof Event.RecoverCalled r) {
                out.add(Observed.RECOVERED, value(r.result()), r.span().line() << 8 | r.span().col());
            } else if (e instanceof Event.Returned r) {
                if (!r.function().equals("main.init")) {
                    out.add(Observed.RETURNED, function(code, r.function()),
                            r.results().isEmpty() ? -1 : Integer.parseInt(r.results().get(0)));
                }
            } else if (!outputOrEnding(e, run, out, stderr)) {
                throw new IllegalArgumentException("unexpected observable event " + e);
            }
        }
        return out.toArray();
    }

    /** Adds an Output or Finished event to {@code out} (println's text also to {@code stderr}); false for others. */
    private static boolean outputOrEnding(Event e, MachineRun run, Observed out, StringBuilder stderr) {
        if (e instanceof Event.Output o) {
            String text = o.text();
            if (!text.endsWith("\n")) {
                throw new IllegalArgumentException("output without a newline: " + text);
            }
            out.add(o.stderr() ? Observed.PRINTLN : Observed.FMT_PRINTLN, value(text.substring(0, text.length() - 1)));
            if (o.stderr()) {
                stderr.append(text);
            }
            return true;
        } else if (e instanceof Event.Finished f) {
            out.add(Observed.FINISHED, f.kind().ordinal(), f.exitCode());
            ending(out, f.kind(), run.outcome().stderr(), stderr.length());
            return true;
        }
        return false;
    }

    /**
     * The outcome of a reference run of a program with goroutines, one schedule of it, spelled as
     * {@link FastSchedules} spells each schedule's: its output and its ending alone, since the events of
     * several goroutines name closures (the go statements' literals) the fast engine does not number.
     */
    public static String outcomeKey(MachineRun run) {
        Observed out = new Observed();
        StringBuilder stderr = new StringBuilder();
        for (Event e : run.outcome().observed()) {
            outputOrEnding(e, run, out, stderr);
        }
        return FastSchedules.keyOfRun(out.toArray());
    }

    /**
     * The outcome a real Go binary showed, spelled as {@link FastSchedules} spells each schedule's: stdout's
     * lines, stderr's println lines, then its crash text or runtime throw (normalized as StderrNormalizer
     * does), and the exit code. IllegalArgumentException for output a core program cannot write.
     */
    public static String outcomeKey(int exit, String stdout, String stderr) {
        Observed out = new Observed();
        for (String line : stdout.isEmpty() ? new String[0] : stdout.split("\n")) {
            out.add(Observed.FMT_PRINTLN, value(line));
        }
        String[] lines = stderr.split("\n", -1);
        int printed = 0;
        int at = 0;
        while (at < lines.length - 1 && lines[at].matches("[0-9]+")) {
            out.add(Observed.PRINTLN, Integer.parseInt(lines[at]));
            printed += lines[at].length() + 1;
            at++;
        }
        String tail = stderr.substring(printed);
        Outcome.Kind kind = tail.startsWith("panic: ") ? Outcome.Kind.PANIC_CRASH
                : tail.startsWith("fatal error: all goroutines are asleep") ? Outcome.Kind.DEADLOCK
                : tail.startsWith("fatal error: no goroutines (main called runtime.Goexit)") ? Outcome.Kind.GOEXIT_DEADLOCK
                : tail.startsWith("fatal error: ") ? Outcome.Kind.FATAL_ERROR
                : exit == 0 ? Outcome.Kind.NORMAL_EXIT : Outcome.Kind.OS_EXIT;
        out.add(Observed.FINISHED, kind.ordinal(), exit);
        ending(out, kind, stderr, printed);
        return FastSchedules.keyOfRun(out.toArray());
    }

    private static int function(FastCode code, String name) {
        int f = code.byName(name);
        if (f < 0) {
            throw new IllegalArgumentException("no function " + name + " in the compiled program");
        }
        return f;
    }

    private static int value(String text) {
        String nilDeref = "runtime error: " + defercheck.semantics.RuntimeErrors.NIL_DEREFERENCE;
        // printed by fmt.Println, or as a recover event spells the runtime.Error value
        if (text.equals(nilDeref) || text.equals("runtime.errorString(" + nilDeref + ")")) {
            return FastCode.NIL_DEREF;
        }
        return text.equals("nil") || text.equals("<nil>") ? 0 : Integer.parseInt(text);
    }

    /** The crash text after the program's own stderr output: panic lines, or a runtime throw's message. */
    private static void ending(Observed out, Outcome.Kind kind, String stderr, int printed) {
        String tail = StderrNormalizer.normalize(stderr.substring(printed));
        if (kind == Outcome.Kind.PANIC_CRASH) {
            for (String line : tail.split("\n")) {
                if (line.isEmpty()) {
                    break;
                }
                int tabs = 0;
                while (tabs < line.length() && line.charAt(tabs) == '\t') {
                    tabs++;
                }
                String l = line.substring(tabs);
                if (l.isEmpty()) {
                    out.add(Observed.PANIC_LINE, -1, 0, tabs);
                    continue;
                }
                if (!l.startsWith("panic: ")) {
                    throw new IllegalArgumentException("unexpected crash line " + line);
                }
                l = l.substring("panic: ".length());
                boolean recovered = l.endsWith(" [recovered]");
                if (recovered) {
                    l = l.substring(0, l.length() - " [recovered]".length());
                }
                out.add(Observed.PANIC_LINE, value(l), recovered ? 1 : 0, tabs);
            }
        } else if (kind == Outcome.Kind.FATAL_ERROR) {
            String message = tail.split("\n")[0].replaceFirst("^fatal error: ", "");
            FatalMessage m = FatalMessage.of(message);
            if (m == null) {
                throw new IllegalArgumentException("unknown fatal error " + message);
            }
            out.add(Observed.FATAL, m.ordinal());
        }
    }
}
