package defercheck.cli;

import defercheck.schedule.ChoiceString;
import defercheck.schedule.Exploration;
import defercheck.schedule.ScheduleExplorer;
import defercheck.semantics.Chooser;
import defercheck.semantics.Goroutine;
import defercheck.semantics.Machine;
import defercheck.semantics.Outcome;
import defercheck.source.Span;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The runs of {@code run} that make choices Go leaves open: {@code --schedules all} (every schedule, select
 * pick and map order), {@code --schedule CHOICES} (one of them), and the default run's map orders (every order
 * of every map range, answered once when they agree).
 */
final class ScheduleRuns {

    private ScheduleRuns() {
    }

    /**
     * The default chooser, except that a map range takes insertion order and the first one is remembered: a run
     * that met none is the default run, unchanged.
     */
    static final class MapProbe implements Chooser {
        Span firstRange;
        int entries;

        @Override
        public int choose(Kind kind, int n, List<? extends Goroutine> runnable, Span at) {
            if (kind == Kind.MAP_ORDER && firstRange == null) {
                firstRange = at;
                entries = n;
            }
            return 0;
        }
    }

    /**
     * A default run that met a map range: every order of every range (and nothing else) is explored. One outcome:
     * it is the program's, printed as a plain run prints it. Several: the report and exit 71. Cut short by the
     * bound: a refusal at the first range, since the orders not run might differ.
     */
    static int mapOrders(Supplier<Machine> machines, MapProbe probe, long bound, PrintWriter out, PrintWriter err) {
        Exploration e = new ScheduleExplorer(machines, Set.of(Chooser.Kind.MAP_ORDER), bound).explore();
        if (!e.complete() && e.unanimous()) {
            err.println(probe.firstRange.position() + ": unsupported: range over a map of " + probe.entries
                    + " entries: its orders (each range's, Go's order being unspecified) were not all run within"
                    + " --max-schedules " + bound + ", and those not run might give another outcome");
            err.flush();
            return ExitCodes.DATAERR;
        }
        return answer(e, out, err, false);
    }

    /** {@code --schedules all}: every choice explored. */
    static int all(Supplier<Machine> machines, long bound, PrintWriter out, PrintWriter err) {
        return answer(new ScheduleExplorer(machines, ScheduleExplorer.ALL, bound).explore(), out, err, true);
    }

    /** {@code --schedule CHOICES}: the run that follows the choice string; 64 when it does not fit the program. */
    static Outcome one(Machine machine, String choices) {
        ChoiceString.Replay replay = ChoiceString.replay(choices);
        machine.choices(replay);
        Outcome o = machine.run();
        if (replay.mismatch() != null) {
            throw new IllegalArgumentException("--schedule " + choices + ": " + replay.mismatch());
        }
        return o;
    }

    /**
     * One outcome: the program's output as a plain run prints it (and with {@code summary} the summary on stderr),
     * exit code the program's. Several: on stdout each outcome with its count and an example schedule, then
     * the summary; exit 71.
     */
    private static int answer(Exploration e, PrintWriter out, PrintWriter err, boolean summary) {
        if (e.unanimous()) {
            Outcome o = e.outcomes().get(0).outcome();
            ByteWriter.writeBytes(out, o.stdout());
            out.flush();
            ByteWriter.writeBytes(err, o.stderr());
            if (summary) {
                err.println("== " + e.summary() + "; exit code " + o.exitCode() + " is the program's");
            }
            err.flush();
            return o.exitCode();
        }
        List<Exploration.Found> all = e.outcomes();
        for (int i = 0; i < all.size(); i++) {
            Exploration.Found f = all.get(i);
            Outcome o = f.outcome();
            out.println("== outcome " + (i + 1) + " of " + all.size() + ": " + f.count() + " of " + e.schedules()
                    + " schedules, e.g. --schedule " + f.example() + "; exit " + o.exitCode() + " ("
                    + o.kind().describe() + ")");
            block(out, "stdout", o.stdout());
            block(out, "stderr", o.stderr());
        }
        out.println("== " + e.summary() + "; the outcome depends on choices Go leaves open (exit code "
                + ExitCodes.SCHEDULE_DEPENDENT + ")");
        out.flush();
        return ExitCodes.SCHEDULE_DEPENDENT;
    }

    private static void block(PrintWriter out, String name, String text) {
        out.println("--- " + name);
        ByteWriter.writeBytes(out, text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            out.println();
            out.println("\\ (no newline at end of " + name + ")");
        }
    }
}
