package defercheck.schedule;

import defercheck.semantics.Chooser;
import defercheck.semantics.Footprint;
import defercheck.semantics.Goroutine;
import defercheck.semantics.Machine;
import defercheck.semantics.Outcome;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Stateless model checking of one program (as VeriSoft does it): depth-first over the sequences of choices, by
 * re-execution. Each run starts a fresh machine, replays the choices of the current path, then takes the first
 * alternative at every new choice point; afterwards the deepest point with an alternative left moves on to it.
 * The kinds of choice point in {@code branching} are branched on; the others take the default pick.
 *
 * <p>Reduction: sleep sets (Godefroid, "Partial-Order Methods for the Verification of Concurrent Systems",
 * 1996). A goroutine's step runs from one synchronisation point to the next; the machine reports what it
 * touched ({@link Footprint}). Once the steps of goroutine g from a schedule point were explored, g sleeps in
 * the branches of its later siblings for as long as the steps taken there commute with g's (no common
 * resource): any run that would take g's step there reorders commuting steps of a run already explored, so it
 * reaches the same end. A run whose schedule point has only sleeping goroutines left is cut. Independent steps
 * commute because a step that touches none of the other's resources neither reads nor writes what the other
 * writes, cannot wake or block it (channels, the goroutine table and the clock are resources), and cannot end
 * the program (the end conflicts with everything). No state is compared: a machine's state (frames, heap,
 * channels) has no cheap fingerprint, so a state reached twice by different paths is explored twice.
 */
public final class ScheduleExplorer {

    /** Every kind of choice point. */
    public static final Set<Chooser.Kind> ALL = EnumSet.allOf(Chooser.Kind.class);

    private final Supplier<Machine> machines;
    private final Set<Chooser.Kind> branching;
    private final long bound;
    private final List<ChoiceNode> path = new ArrayList<>();
    private boolean sleepSets = true;

    /** {@code machines} makes a fresh machine at the program's entry; at most {@code bound} runs. */
    public ScheduleExplorer(Supplier<Machine> machines, Set<Chooser.Kind> branching, long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("the bound must be positive");
        }
        this.machines = machines;
        this.branching = EnumSet.copyOf(branching);
        this.bound = bound;
    }

    /** Without the sleep sets: every interleaving, for checking that the reduction loses no outcome. */
    ScheduleExplorer withoutSleepSets() {
        sleepSets = false;
        return this;
    }

    public Exploration explore() {
        Map<String, Exploration.Found> found = new LinkedHashMap<>();
        long schedules = 0;
        long cut = 0;
        boolean more = true;
        while (more && schedules + cut < bound) {
            Run run = new Run();
            Machine m = machines.get();
            m.choices(run);
            while (!run.cut && m.step()) {
                // one step at a time, so that a run cut by its sleep set stops at once
            }
            run.closeStep();
            if (run.cut) {
                cut++;
            } else {
                schedules++;
                Outcome o = m.outcome();
                String key = o.kind() + "\0" + o.exitCode() + "\0" + o.stdout() + "\0" + o.stderr();
                Exploration.Found f = found.get(key);
                found.put(key, f == null ? new Exploration.Found(o, 1, ChoiceString.format(run.picks))
                        : new Exploration.Found(f.outcome(), f.count() + 1, f.example()));
            }
            more = backtrack();
        }
        return new Exploration(new ArrayList<>(found.values()), schedules, cut, !more, bound);
    }

    /** Moves the deepest choice point with an alternative left on to it; false when none is left. */
    private boolean backtrack() {
        while (!path.isEmpty()) {
            ChoiceNode last = path.get(path.size() - 1);
            int next = last.nextAwake(last.chosen);
            if (next >= 0) {
                last.chosen = next;
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    /** The chooser of one run: replays the path, extends it, and accounts the footprint of each step. */
    private final class Run implements Chooser {
        private int depth;
        /** The path index of the last schedule point, whose chosen goroutine is taking the current step. */
        private int lastSchedule = -1;
        private Set<String> footprint = new TreeSet<>();
        /** The footprint of the step that ended last. */
        private Set<String> lastStep = Set.of();
        private final List<ChoiceString.Pick> picks = new ArrayList<>();
        boolean cut;

        @Override
        public boolean footprints() {
            return sleepSets && branching.contains(Kind.SCHEDULE);
        }

        @Override
        public void touch(String resource) {
            footprint.add(resource);
        }

        @Override
        public int choose(Kind kind, int n, List<? extends Goroutine> runnable, Span at) {
            boolean schedule = kind == Kind.SCHEDULE && branching.contains(Kind.SCHEDULE);
            if (schedule) {
                closeStep();
            }
            if (!branching.contains(kind) || cut) {
                record(kind, 0, runnable, n);
                return 0;
            }
            int[] ids = runnable.stream().mapToInt(Goroutine::id).toArray();
            ChoiceNode node;
            if (depth < path.size()) {
                node = path.get(depth);
                if (node.kind != kind || node.n != n || !java.util.Arrays.equals(node.goroutines, ids)) {
                    throw new IllegalStateException("a replayed run met another choice point (" + kind + " of " + n
                            + ") than it first did (" + node.kind + " of " + node.n + "): the machine is not"
                            + " deterministic given its choices");
                }
            } else {
                node = new ChoiceNode(kind, n, ids, schedule ? sleepSet() : Map.of());
                node.chosen = node.nextAwake(-1);
                if (node.chosen < 0) {
                    cut = true;
                    return 0;
                }
                path.add(node);
            }
            if (schedule) {
                lastSchedule = depth;
            }
            depth++;
            record(kind, node.chosen, runnable, n);
            return node.chosen;
        }

        private void record(Kind kind, int index, List<? extends Goroutine> runnable, int n) {
            if (n >= 2) {
                picks.add(new ChoiceString.Pick(kind, index, kind == Kind.SCHEDULE ? runnable.get(index).id() : 0));
            }
        }

        /** The step of the goroutine chosen at the last schedule point ends: its footprint joins that point's. */
        void closeStep() {
            if (lastSchedule >= 0 && !cut) {
                ChoiceNode node = path.get(lastSchedule);
                node.done.computeIfAbsent(node.goroutines[node.chosen], g -> new TreeSet<>()).addAll(footprint);
            }
            lastStep = footprint;
            footprint = new TreeSet<>();
        }

        /**
         * A new schedule point's sleep set: the goroutines asleep at the previous one and those explored there
         * before the one that just stepped, each kept while its step commutes with the step just taken.
         */
        private Map<Integer, Set<String>> sleepSet() {
            Map<Integer, Set<String>> out = new TreeMap<>();
            if (lastSchedule < 0 || !sleepSets) {
                return out;
            }
            ChoiceNode parent = path.get(lastSchedule);
            int stepped = parent.goroutines[parent.chosen];
            Map<Integer, Set<String>> candidates = new TreeMap<>(parent.sleep);
            parent.done.forEach((g, fp) -> {
                if (g != stepped) {
                    candidates.put(g, fp);
                }
            });
            candidates.forEach((g, fp) -> {
                if (!Footprint.conflict(fp, lastStep)) {
                    out.put(g, fp);
                }
            });
            return out;
        }
    }
}
