package defercheck.fast;

import defercheck.core.CoreProgram;
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

    public FastSuite(GoVersion version) {
        this.version = version;
        this.reference = new FastAbstractMachine(version);
        names.add("abstract");
        for (Strategy s : Strategy.values()) {
            if (s != Strategy.ABSTRACT && s.applicable(version)) {
                names.add(s.id());
                machines.add(new FastRuntimeMachine(version, new FastPlan(shape(s), version), s == Strategy.PANICLOOP));
            }
        }
        names.add(Strategy.realName(version));
        machines.add(new FastRuntimeMachine(version, new FastPlan(FastPlan.Shape.COMPILER, version), version.atLeast(22)));
    }

    private static FastPlan.Shape shape(Strategy s) {
        switch (s) {
            case HEAP:
                return FastPlan.Shape.HEAP;
            case STACK:
                return FastPlan.Shape.STACK;
            case OPEN:
            case PANICLOOP:
                return FastPlan.Shape.OPEN;
            default:
                throw new AssertionError(s);
        }
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

    /** {@link #agrees(CoreProgram)} for a program given as the enumerator's token string (core/Token). */
    public boolean agrees(int[] tokens, int length) {
        compiler.compile(tokens, length);
        return runAll();
    }

    private boolean runAll() {
        runMachines();
        for (FastRuntimeMachine m : machines) {
            if (!m.observed.sameAs(reference.observed)) {
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

    private void runMachines() {
        reference.run(code);
        for (FastRuntimeMachine m : machines) {
            m.plan.fill(code);
            m.run(code);
        }
    }

    /** Machine {@code i}'s observables from the last {@link #run}, in the order of {@link #names()}. */
    public int[] observed(int i) {
        return (i == 0 ? reference.observed : machines.get(i - 1).observed).toArray();
    }

    /** A readable spelling of machine {@code i}'s observables from the last run. */
    public String describe(int i) {
        return Observed.describe(observed(i), code);
    }

    /** Each fast machine whose observables differ from the abstract semantics' in the last run, both spelled out. */
    public String disagreements() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < names.size(); i++) {
            if (!machines.get(i - 1).observed.sameAs(reference.observed)) {
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
