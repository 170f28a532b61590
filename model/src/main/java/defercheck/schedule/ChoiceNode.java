package defercheck.schedule;

import defercheck.semantics.Chooser;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One choice point on the path of the depth-first search: its kind, its alternatives, the one being explored,
 * and for a schedule point the sleep set it was reached with and the footprints of the goroutines explored
 * from it so far (the union over their own inner choices).
 */
final class ChoiceNode {
    final Chooser.Kind kind;
    final int n;
    /** The runnable goroutines' ids, in the scheduler's order; empty for a select or map-order point. */
    final int[] goroutines;
    /** Goroutines whose next step was explored from an ancestor and commutes with every step since. */
    final Map<Integer, Set<String>> sleep;
    final Map<Integer, Set<String>> done = new TreeMap<>();
    int chosen;

    ChoiceNode(Chooser.Kind kind, int n, int[] goroutines, Map<Integer, Set<String>> sleep) {
        this.kind = kind;
        this.n = n;
        this.goroutines = goroutines;
        this.sleep = sleep;
    }

    /** The first alternative after {@code from} that is not asleep, or -1. */
    int nextAwake(int from) {
        for (int i = from + 1; i < n; i++) {
            if (kind != Chooser.Kind.SCHEDULE || !sleep.containsKey(goroutines[i])) {
                return i;
            }
        }
        return -1;
    }
}
