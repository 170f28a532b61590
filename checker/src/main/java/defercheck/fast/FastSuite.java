package defercheck.fast;

import defercheck.coreprogram.CoreProgram;
import defercheck.runtime.Strategy;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast engine for one Go version: the abstract semantics and one fast machine per machine the
 * reference explorer runs (runtime/Comparison.applicableMachines: each forced strategy that applies to the
 * version, then the version's real combination), in the same order and with the same names. Compiles each
 * program once and runs it on every machine; nothing is allocated per program once the buffers have grown.
 * One instance per thread.
 */
public final class FastSuite {
    private final GoVersion version;
    private final FastCode code = new FastCode();
    private final FastCompiler compiler = new FastCompiler(code);
    private final FastAbstractMachine reference;
    private final List<String> names = new ArrayList<>();
    private final List<FastRuntimeMachine> machines = new ArrayList<>();
    /** For each machine in the last run: the earlier machine that is the same machine on this program, or -1. */
    private final int[] twin;
    private final FastSchedules schedules = new FastSchedules();
    /** For the last program with goroutines: each machine's outcomes over every schedule (abstract first). */
    private final List<java.util.Set<String>> outcomeSets = new ArrayList<>();
    /** For the last program with goroutines: whether each machine's run of every goroutine alone equals the abstract's. */
    private boolean[] sameRuns;
    /** For the last program with goroutines: the abstract semantics' run of each goroutine alone, by entry function. */
    private int[][] abstractRuns;
    private long schedulesExplored;

    public FastSuite(GoVersion version) {
        this(version, version);
    }

    /**
     * The abstract semantics of {@code version} with the machines of {@code machinesOf}: a deliberately
     * wrong suite wherever the two versions' runtimes differ, for showing that disagreements are caught.
     */
    public static FastSuite withMachinesOf(GoVersion version, GoVersion machinesOf) {
        return new FastSuite(version, machinesOf);
    }

    private FastSuite(GoVersion version, GoVersion m) {
        this.version = version;
        this.reference = new FastAbstractMachine(version);
        names.add("abstract");
        for (Strategy s : Strategy.values()) {
            if (s != Strategy.ABSTRACT && s.applicable(m)) {
                names.add(s.id());
                machines.add(new FastRuntimeMachine(m, new FastPlan(shape(s), m), s == Strategy.PANICLOOP));
            }
        }
        names.add(Strategy.realName(m));
        machines.add(new FastRuntimeMachine(m, new FastPlan(FastPlan.Shape.COMPILER, m), m.atLeast(22)));
        twin = new int[machines.size()];
    }

    private static FastPlan.Shape shape(Strategy s) {
        return switch (s) {
            case HEAP -> FastPlan.Shape.HEAP;
            case STACK -> FastPlan.Shape.STACK;
            case OPEN, PANICLOOP -> FastPlan.Shape.OPEN;
            case ABSTRACT -> throw new AssertionError(s);
        };
    }

    public GoVersion version() {
        return version;
    }

    /** The machines' names, the abstract semantics first: those of the reference explorer. */
    public List<String> names() {
        return List.copyOf(names);
    }

    /** Runs {@code p} on every machine; true when every machine's observables equal the abstract semantics'. */
    public boolean agrees(CoreProgram p) {
        compiler.compile(p);
        return !code.goroutines ? runAll() : runSchedules();
    }

    /** {@link #agrees(CoreProgram)} for a program given as the enumerator's {@code CoreToken} string. */
    public boolean agrees(int[] tokens, int length) {
        compiler.compile(tokens, length);
        return !code.goroutines ? runAll() : runSchedules();
    }

    /**
     * A program with goroutines: every machine runs each goroutine alone (main, and each function a go
     * statement starts), then each machine's set of outcomes over every schedule ({@link FastSchedules}) must
     * be the abstract semantics' set, and so must each run alone (the observables contract, per goroutine).
     */
    private boolean runSchedules() {
        int n = names.size();
        int[][][] runs = new int[n][code.topLevel][];
        for (int entry = 0; entry < code.topLevel; entry++) {
            if (entry == 0 || (code.goTargets & 1 << entry) != 0) {
                runMachines(entry);
                for (int i = 0; i < n; i++) {
                    runs[i][entry] = observed(i);
                }
            }
        }
        outcomeSets.clear();
        abstractRuns = runs[0];
        sameRuns = new boolean[n];
        boolean agree = true;
        for (int i = 0; i < n; i++) {
            outcomeSets.add(schedules.outcomes(runs[i]));
            if (i == 0) {
                schedulesExplored += schedules.lastSchedules();
            }
            sameRuns[i] = java.util.Arrays.deepEquals(runs[i], runs[0]);
            agree &= sameRuns[i] && outcomeSets.get(i).equals(outcomeSets.get(0));
        }
        return agree;
    }

    /** The abstract semantics' outcomes over every schedule of the last program, which must have goroutines. */
    public java.util.Set<String> outcomes() {
        if (!code.goroutines) {
            throw new IllegalStateException("the last program has no goroutines");
        }
        return java.util.Collections.unmodifiableSet(outcomeSets.get(0));
    }

    /** The abstract semantics' run of each goroutine of the last program alone: main's, then each go target's. */
    public List<GoroutineRun> goroutineRuns() {
        outcomes();
        List<GoroutineRun> out = new ArrayList<>();
        for (int f = 0; f < abstractRuns.length; f++) {
            if (abstractRuns[f] != null) {
                out.add(GoroutineRun.of(f, abstractRuns[f]));
            }
        }
        return out;
    }

    /** Schedules explored so far, over every program with goroutines this suite checked (the abstract semantics'). */
    public long schedulesExplored() {
        return schedulesExplored;
    }

    /** Whether the last program started a goroutine. */
    public boolean lastHadGoroutines() {
        return code.goroutines;
    }

    private boolean runAll() {
        runMachines(0);
        for (int i = 0; i < machines.size(); i++) {
            if (twin[i] < 0 && !machines.get(i).observed.sameAs(reference.observed)) {
                return false;
            }
        }
        return true;
    }

    /** Compiles {@code p} and runs it on every machine; {@link #observed} then reads the results. */
    public void run(CoreProgram p) {
        compiler.compile(p);
        if (!code.goroutines) {
            runMachines(0);
        } else {
            runSchedules();
        }
    }

    /**
     * Runs every machine, except one that is the same machine on this program as an earlier one (same panic
     * runtime, same plan for every function): a run is a function of the code, the plan and the runtime, so
     * the earlier run stands for it, as in runtime/Comparison.twinOf.
     */
    private void runMachines(int entry) {
        reference.run(code, entry);
        for (int i = 0; i < machines.size(); i++) {
            FastRuntimeMachine m = machines.get(i);
            m.plan.fill(code);
            twin[i] = -1;
            for (int j = 0; j < i && twin[i] < 0; j++) {
                if (twin[j] < 0 && machines.get(j).panicLoop == m.panicLoop && machines.get(j).plan.samePlan(m.plan, code)) {
                    twin[i] = j;
                }
            }
            if (twin[i] < 0) {
                m.run(code, entry);
            }
        }
    }

    private Observed observedBy(int machine) {
        int i = twin[machine] >= 0 ? twin[machine] : machine;
        return machines.get(i).observed;
    }

    /** Machine {@code i}'s observables from the last {@link #run}, in the order of {@link #names()}. */
    public int[] observed(int i) {
        return (i == 0 ? reference.observed : observedBy(i - 1)).toArray();
    }

    /** A readable spelling of machine {@code i}'s observables from the last run. */
    public String describe(int i) {
        return Observed.describe(observed(i), code);
    }

    /** Each fast machine whose observables differ from the abstract semantics' in the last run, both spelled out. */
    public String disagreements() {
        StringBuilder sb = new StringBuilder();
        if (code.goroutines) {
            for (int i = 1; i < names.size(); i++) {
                if (!sameRuns[i] || !outcomeSets.get(i).equals(outcomeSets.get(0))) {
                    sb.append("  ").append(names.get(i)).append(sameRuns[i] ? "" : " (a goroutine's run differs)")
                            .append(": ").append(outcomeSets.get(i)).append('\n');
                }
            }
            return sb.append("  abstract: ").append(outcomeSets.get(0)).append('\n').toString();
        }
        for (int i = 1; i < names.size(); i++) {
            if (!observedBy(i - 1).sameAs(reference.observed)) {
                sb.append("  ").append(names.get(i)).append(": ").append(describe(i)).append('\n');
            }
        }
        return sb.append("  abstract: ").append(describe(0)).append('\n').toString();
    }

    /** The compiled form of the last program run: for encoding reference runs in the same terms. */
    FastCode code() {
        return code;
    }
}
