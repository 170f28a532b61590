package defercheck.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Two machines' steps cut into segments that each end with an observable event, so segment k of one
 * machine lines up with segment k of the other: the k-th observables are what the machines must agree on,
 * and the internal steps between them are where strategies legitimately differ.
 */
record Alignment(List<Segment> segments, int firstDivergence) {

    /**
     * Internal steps of each side, then each side's observable step (null once a side has run out) and the
     * observable as the machines compare it (the run's observables list: an event's text also says how the
     * machine got there, "return of main.main" against "deferreturn", which is not part of the contract).
     */
    record Segment(List<Step> left, Step leftObservable, String leftKey, List<Step> right, Step rightObservable,
                   String rightKey) {
        boolean agrees() {
            return leftObservable != null && rightObservable != null && leftKey.equals(rightKey);
        }
    }

    static Alignment of(TraceMachine a, TraceMachine b) {
        List<List<Step>> sa = cut(a.steps());
        List<List<Step>> sb = cut(b.steps());
        List<Segment> out = new ArrayList<>();
        int first = -1;
        for (int k = 0; k < Math.max(sa.size(), sb.size()); k++) {
            List<Step> l = k < sa.size() ? sa.get(k) : List.of();
            List<Step> r = k < sb.size() ? sb.get(k) : List.of();
            Segment s = new Segment(internal(l), observable(l), key(a, k, observable(l)), internal(r), observable(r),
                    key(b, k, observable(r)));
            if (first < 0 && !s.agrees() && (s.leftObservable() != null || s.rightObservable() != null)) {
                first = k;
            }
            out.add(s);
        }
        return new Alignment(out, first);
    }

    private static String key(TraceMachine m, int k, Step s) {
        return s == null ? null : k < m.observables().size() ? m.observables().get(k) : s.event();
    }

    private static List<List<Step>> cut(List<Step> steps) {
        List<List<Step>> out = new ArrayList<>();
        List<Step> cur = new ArrayList<>();
        for (Step s : steps) {
            cur.add(s);
            if (s.observable()) {
                out.add(cur);
                cur = new ArrayList<>();
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    private static Step observable(List<Step> seg) {
        return !seg.isEmpty() && seg.get(seg.size() - 1).observable() ? seg.get(seg.size() - 1) : null;
    }

    private static List<Step> internal(List<Step> seg) {
        return observable(seg) == null ? seg : seg.subList(0, seg.size() - 1);
    }

    /**
     * What both machines mean the same by, compared at an aligned observable: the call stack, each frame's
     * pending deferred calls, how many panics are live, and the outputs. One line per difference.
     */
    static List<String> sharedStateDiff(StepState a, StepState b) {
        List<String> out = new ArrayList<>();
        int n = Math.max(a.frames().size(), b.frames().size());
        for (int i = 0; i < n; i++) {
            FrameState fa = i < a.frames().size() ? a.frames().get(i) : null;
            FrameState fb = i < b.frames().size() ? b.frames().get(i) : null;
            String la = fa == null ? "-" : fa.function() + " pending " + fa.pending();
            String lb = fb == null ? "-" : fb.function() + " pending " + fb.pending();
            if (!la.equals(lb)) {
                out.add("frame " + i + ": " + la + "  |  " + lb);
            }
        }
        if (a.panics().size() != b.panics().size()) {
            out.add("live panics: " + a.panics().size() + "  |  " + b.panics().size());
        }
        if (!a.stdout().equals(b.stdout())) {
            out.add("stdout: " + a.stdout().length() + " chars  |  " + b.stdout().length() + " chars");
        }
        return out;
    }

    /**
     * The step of {@code other} that lines up with step {@code n} of {@code base}, as {@code diff} lines them up:
     * an observable step with the step that emitted the same-numbered observable; an internal step with the last
     * step before that observable (or the observable before it, when the segment has no internal steps).
     */
    static int alignedStep(TraceMachine base, int n, TraceMachine other) {
        int before = 0;
        for (int i = 0; i < n && i < base.steps().size(); i++) {
            before += base.steps().get(i).observable() ? 1 : 0;
        }
        int target = other.stepOfObservable(before);
        if (target < 0) {
            return other.steps().size() - 1;
        }
        if (n < base.steps().size() && base.steps().get(n).observable()) {
            return target;
        }
        return Math.max(0, target - 1);
    }
}
