package defercheck.semantics;

import java.util.function.Supplier;

/**
 * The chooser a machine starts with when whoever builds it cannot pass one: a recorded trace of one schedule is
 * replayed through code that makes its machines itself (the comparison of every machine, the step recorder).
 * Inside {@link #with}, each machine made on this thread takes a fresh chooser from the scope's supplier;
 * outside, {@link Chooser#FIRST}. {@link Machine#choices} still overrides it.
 */
public final class ChoiceScope {
    private static final ThreadLocal<Supplier<Chooser>> SCOPE = new ThreadLocal<>();

    private ChoiceScope() {
    }

    /** Runs {@code body} with every machine it makes starting with a chooser from {@code choosers}. */
    public static <T> T with(Supplier<Chooser> choosers, Supplier<T> body) {
        Supplier<Chooser> outer = SCOPE.get();
        SCOPE.set(choosers);
        try {
            return body.get();
        } finally {
            if (outer == null) {
                SCOPE.remove();
            } else {
                SCOPE.set(outer);
            }
        }
    }

    /** The chooser a machine made now starts with. */
    static Chooser current() {
        Supplier<Chooser> s = SCOPE.get();
        return s == null ? Chooser.FIRST : s.get();
    }
}
