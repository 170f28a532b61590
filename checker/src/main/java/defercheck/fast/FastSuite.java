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
        return runAll();
    }

    /** {@link #agrees(CoreProgram)} for a program given as the enumerator's {@code CoreToken} string. */
    public boolean agrees(int[] tokens, int length) {
        compiler.compile(tokens, length);
        return runAll();
    }

    private boolean runAll() {
        runMachines();
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
        runMachines();
    }

    /**
     * Runs every machine, except one that is the same machine on this program as an earlier one (same panic
     * runtime, same plan for every function): a run is a function of the code, the plan and the runtime, so
     * the earlier run stands for it, as in runtime/Comparison.twinOf.
     */
    private void runMachines() {
        reference.run(code);
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
                m.run(code);
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
