package defercheck.fast;

import defercheck.semantics.Outcome;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every schedule of a core program with goroutines, from one machine's runs of each goroutine alone
 * ({@link FastMachineBase#run(FastCode, int)}). Core goroutines share no variables, only the output, the
 * WaitGroup and the process, so a goroutine's own steps do not depend on the schedule and the schedules are
 * the interleavings of those runs at the synchronisation points: each output write, each {@code go}
 * statement, each {@code wg.Wait()} and each goroutine's ending. The endings are Go's:
 * <ul>
 * <li>main returning, os.Exit anywhere, and a runtime throw end the process at once;</li>
 * <li>a worker's {@code wg.Done()} is its goroutine's last deferred call, so a worker that returns or calls
 * Goexit signals the WaitGroup and is gone; one that panics signals it too, then crashes the process in a later
 * step, which main, woken by the signal, may overtake by returning (runtime/panic.go: fatalpanic comes after
 * the deferred calls);</li>
 * <li>main's Goexit leaves the others running; when none is left the run ends with "no goroutines (main called
 * runtime.Goexit) - deadlock!", and when every one left is blocked in {@code wg.Wait()} with "all goroutines are
 * asleep - deadlock!" (runtime/proc.go, checkdead).</li>
 * </ul>
 * An outcome is spelled by {@link #key}: stdout's records, stderr's, and the ending. Not thread-safe.
 */
final class FastSchedules {
    private static final int TO_STDOUT = 0;
    private static final int TO_STDERR = 1;
    private static final int START = 2;
    private static final int WAIT = 3;
    private static final int RUNNING = 0;
    private static final int CRASHING = 1;
    private static final int GONE = 2;

    /** Per entry function: its steps as (kind, arg) pairs, its ending kind and exit code, its crash records. */
    private int[][] steps;
    private int[] endKind;
    private int[] endExit;
    private int[][] endRecords;

    private int[] entry = new int[16];
    private int[] pos = new int[16];
    private int[] phase = new int[16];
    private int goroutines;
    private int counter;
    private int[] out = new int[64];
    private int outLength;
    private long schedules;
    private Set<String> outcomes;

    /**
     * The outcomes of every schedule, given each entry function's run alone ({@code runs[f]}, null for a
     * function no go statement starts); {@link #lastSchedules()} then says how many schedules there were.
     */
    Set<String> outcomes(int[][] runs) {
        parse(runs);
        outcomes = new TreeSet<>();
        schedules = 0;
        goroutines = 1;
        entry[0] = 0;
        pos[0] = 0;
        phase[0] = RUNNING;
        counter = 0;
        outLength = 0;
        explore();
        return outcomes;
    }

    long lastSchedules() {
        return schedules;
    }

    private void parse(int[][] runs) {
        steps = new int[runs.length][];
        endKind = new int[runs.length];
        endExit = new int[runs.length];
        endRecords = new int[runs.length][];
        for (int f = 0; f < runs.length; f++) {
            if (runs[f] != null) {
                parse(f, runs[f]);
            }
        }
    }

    private void parse(int f, int[] xs) {
        int[] s = new int[xs.length];
        int n = 0;
        int i = 0;
        endKind[f] = -1;
        while (i < xs.length) {
            int tag = xs[i];
            switch (tag) {
                case Observed.PRINTLN, Observed.FMT_PRINTLN -> {
                    s[n++] = tag == Observed.PRINTLN ? TO_STDERR : TO_STDOUT;
                    s[n++] = xs[i + 1];
                }
                case Observed.GO -> {
                    s[n++] = START;
                    s[n++] = xs[i + 1];
                }
                case Observed.WAIT -> {
                    s[n++] = WAIT;
                    s[n++] = 0;
                }
                case Observed.FINISHED -> {
                    endKind[f] = xs[i + 1];
                    endExit[f] = xs[i + 2];
                    endRecords[f] = Arrays.copyOfRange(xs, i + 3, xs.length);
                    steps[f] = Arrays.copyOf(s, n);
                    return;
                }
                default -> { }
            }
            i += Observed.arity(tag) + 1;
        }
        throw new IllegalStateException("a run without an ending");
    }

    /** Tries each goroutine that can take a step now; a state where none can is the end of a schedule. */
    private void explore() {
        boolean stepped = false;
        for (int g = 0; g < goroutines; g++) {
            if (phase[g] == GONE || blocked(g)) {
                continue;
            }
            stepped = true;
            step(g);
        }
        if (!stepped) {
            boolean asleep = false;
            for (int g = 0; g < goroutines; g++) {
                asleep |= phase[g] != GONE;
            }
            end(asleep ? Outcome.Kind.DEADLOCK.ordinal() : Outcome.Kind.GOEXIT_DEADLOCK.ordinal(), 2, null);
        }
    }

    private boolean blocked(int g) {
        int[] s = steps[entry[g]];
        return phase[g] == RUNNING && pos[g] < s.length && s[pos[g]] == WAIT && counter > 0;
    }

    /** Goroutine g's next step, the rest of the schedules from there, and the state restored. */
    private void step(int g) {
        int[] s = steps[entry[g]];
        if (phase[g] == CRASHING) {
            crash(g);
            return;
        }
        if (pos[g] == s.length) {
            ending(g);
            return;
        }
        int kind = s[pos[g]];
        int arg = s[pos[g] + 1];
        pos[g] += 2;
        if (kind == TO_STDOUT || kind == TO_STDERR) {
            write(kind, arg);
            explore();
            outLength -= 2;
        } else if (kind == START) {
            spawn(arg);
            explore();
            goroutines--;
            counter--;
        } else {
            explore();
        }
        pos[g] -= 2;
    }

    private void crash(int g) {
        int f = entry[g];
        end(endKind[f], endExit[f], endRecords[f]);
    }

    private void ending(int g) {
        int f = entry[g];
        int kind = endKind[f];
        boolean returned = kind == Outcome.Kind.NORMAL_EXIT.ordinal();
        boolean goexit = kind == Outcome.Kind.GOEXIT_DEADLOCK.ordinal();
        if (g == 0 ? !goexit : !(returned || goexit || kind == Outcome.Kind.PANIC_CRASH.ordinal())) {
            end(kind, endExit[f], endRecords[f]);
            return;
        }
        int before = phase[g];
        phase[g] = kind == Outcome.Kind.PANIC_CRASH.ordinal() ? CRASHING : GONE;
        if (g > 0) {
            counter--;
        }
        explore();
        if (g > 0) {
            counter++;
        }
        phase[g] = before;
    }

    private void write(int stream, int value) {
        if (outLength + 2 > out.length) {
            out = Arrays.copyOf(out, 2 * out.length);
        }
        out[outLength++] = stream;
        out[outLength++] = value;
    }

    private void spawn(int f) {
        if (goroutines == entry.length) {
            entry = Arrays.copyOf(entry, 2 * goroutines);
            pos = Arrays.copyOf(pos, 2 * goroutines);
            phase = Arrays.copyOf(phase, 2 * goroutines);
        }
        entry[goroutines] = f;
        pos[goroutines] = 0;
        phase[goroutines] = RUNNING;
        goroutines++;
        counter++;
    }

    private void end(int kind, int exit, int[] records) {
        schedules++;
        outcomes.add(key(out, outLength, kind, exit, records));
    }

    /**
     * An outcome: the values written to stdout (fmt.Println) and to stderr (println) in order, the ending's
     * kind and exit code, and the crash text's records as {@link Observed} spells them.
     */
    static String key(int[] writes, int length, int kind, int exit, int[] records) {
        StringBuilder stdout = new StringBuilder();
        StringBuilder stderr = new StringBuilder();
        for (int i = 0; i < length; i += 2) {
            (writes[i] == TO_STDOUT ? stdout : stderr).append(writes[i + 1]).append(' ');
        }
        StringBuilder sb = new StringBuilder("stdout [").append(stdout.toString().trim())
                .append("] stderr [").append(stderr.toString().trim()).append("] ")
                .append(Outcome.Kind.values()[kind].name()).append(" exit ").append(exit);
        if (records != null && records.length > 0) {
            sb.append(' ').append(Arrays.toString(records));
        }
        return sb.toString();
    }

    /** The key of a whole run already in schedule order (a reference machine's), from its observables. */
    static String keyOfRun(int[] xs) {
        int[] writes = new int[xs.length];
        int n = 0;
        int i = 0;
        while (i < xs.length) {
            int tag = xs[i];
            if (tag == Observed.PRINTLN || tag == Observed.FMT_PRINTLN) {
                writes[n++] = tag == Observed.PRINTLN ? TO_STDERR : TO_STDOUT;
                writes[n++] = xs[i + 1];
            } else if (tag == Observed.FINISHED) {
                return key(writes, n, xs[i + 1], xs[i + 2], Arrays.copyOfRange(xs, i + 3, xs.length));
            }
            i += Observed.arity(tag) + 1;
        }
        throw new IllegalArgumentException("a run without an ending");
    }
}
