package defercheck.toolchain;

import java.util.List;
import java.util.Optional;

/** The bugs of real toolchains defercheck knows about (docs/runtime.md), in golang/go issue order. */
public final class KnownBugs {

    public static final List<KnownBug> ALL = List.of(
            new KnownBug(34530, 22, 23, "open",
                    "defer recover() run from a heap record (a defer in a loop) when its deferred caller returns"
                            + " recovers or not depending on the stack layout (gorecover's argp comparison)"),
            new KnownBug(52072, 12, 20, "go1.21",
                    "a nil *T in an interface with a value method panics at the defer statement, not at the call"),
            new KnownBug(71675, 23, 24, "closed",
                    "a recover() in a call deferred by a range-over-func body resumes the enclosing function right"
                            + " after its runtime.deferrangefunc call, not at its return (the converted records keep"
                            + " that call's pc), so the loop runs again and deferprocat fails"),
            new KnownBug(73916, 22, 24, "open",
                    "a deferred func with arguments whose inlined helper calls recover() wrongly recovers"),
            new KnownBug(73920, 20, 24, "open",
                    "a deferred promoted-method value whose helper calls recover() wrongly recovers"));

    private KnownBugs() {
    }

    public static Optional<KnownBug> byIssue(int issue) {
        return ALL.stream().filter(b -> b.issue() == issue).findFirst();
    }
}
