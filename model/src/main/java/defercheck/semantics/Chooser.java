package defercheck.semantics;

import defercheck.source.Span;
import java.util.List;

/**
 * Every choice a run of a Go program makes that Go leaves open, in one place: which runnable goroutine runs at a
 * synchronisation point, which of several ready cases a {@code select} takes, and the order a {@code range} over
 * a map produces its entries in. A machine asks its chooser each time; {@link #FIRST} answers 0 everywhere, the
 * documented default schedule, and an exploration of schedules answers each index in turn
 * ({@code defercheck.schedule}). The machine also reports what each step touches ({@link #touch}), so that an
 * exploration can tell which goroutines' steps commute.
 */
public interface Chooser {

    /** The kinds of choice point. */
    enum Kind {
        /** A synchronisation point: the goroutine to run, among the runnable ones (the running one first). */
        SCHEDULE,
        /** A select with several ready cases: which of them, in source order (runtime.selectgo's random pick). */
        SELECT,
        /** The next entry of a map range, among those not produced yet (runtime.mapiterinit's random start). */
        MAP_ORDER
    }

    /**
     * Picks an index in {@code [0, n)}, or {@link #REFUSE} for a select or map-order point. {@code runnable} lists the goroutines for a {@link Kind#SCHEDULE} point
     * (possibly only one: every synchronisation point is reported) and is empty otherwise; {@code at} is the
     * statement of a select or range, null for a schedule point.
     */
    int choose(Kind kind, int n, List<? extends Goroutine> runnable, Span at);

    /**
     * The running goroutine's step touched {@code resource} (see {@link Footprint}): what decides whether two
     * goroutines' steps commute. Ignored by default.
     */
    default void touch(String resource) {
    }

    /** Whether {@link #touch} wants to hear: the machine classifies each instruction only then. */
    default boolean footprints() {
        return false;
    }

    /**
     * What {@link #choose} answers to refuse a choice: the run ends with a refusal at {@code at}, since any one
     * pick would be a guess.
     */
    int REFUSE = -1;

    /**
     * The documented default schedule: the running goroutine, else the one that waited longest; the first ready
     * case of a select. A map order it refuses: a run of one order would answer for one order among several
     * (the {@code run} command explores them all instead).
     */
    Chooser FIRST = (kind, n, runnable, at) -> kind == Kind.MAP_ORDER ? REFUSE : 0;
}
