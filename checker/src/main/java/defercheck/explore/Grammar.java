package defercheck.explore;

import defercheck.coreprogram.CoreToken;

/**
 * The canonical core programs of a bound as a finite automaton over {@link CoreToken}s. A state is one long:
 * which body is open (function i and the closures nested in it), how many statements each open body has,
 * whether the innermost body has ended with a terminal statement, and the two restricted-growth counters
 * that make the enumeration canonical: {@code maxValue} (a value token may reuse 1..maxValue or take
 * maxValue+1) and {@code maxFunction} (a call may name f(i+1)..f(maxFunction+1): functions are numbered in
 * first-use order, reading main's body, then f1's, and so on, and only call forward, so there is no
 * recursion). Function i+1's body follows function i's only if some body already named it.
 */
final class Grammar {
    static final long ACCEPT = 1L << 40;
    private static final int I = 0;
    private static final int KIND = 3;
    private static final int DEPTH = 5;
    private static final int COUNTS = 7;
    private static final int TERMINATED = 19;
    private static final int IN_HEADER = 20;
    private static final int MAX_VALUE = 21;
    private static final int MAX_FUNCTION = 24;

    private final Bound bound;

    Grammar(Bound bound) {
        this.bound = bound;
    }

    Bound bound() {
        return bound;
    }

    static long initial() {
        return 0L;
    }

    private static int get(long s, int at, int bits) {
        return (int) (s >>> at) & ((1 << bits) - 1);
    }

    private static long set(long s, int at, int bits, int v) {
        long mask = ((1L << bits) - 1) << at;
        return (s & ~mask) | ((long) v << at);
    }

    private static int count(long s, int d) {
        return get(s, COUNTS + 3 * d, 3);
    }

    static int function(long s) {
        return get(s, I, 3);
    }

    static int depth(long s) {
        return get(s, DEPTH, 2);
    }

    /** Writes the tokens allowed in {@code s}, in enumeration order, with their successor states. */
    int alternatives(long s, int[] tokens, long[] next) {
        if (s == ACCEPT) {
            return 0;
        }
        if (get(s, IN_HEADER, 1) == 1) {
            int kinds = bound.results() ? 3 : 1;
            for (int k = 0; k < kinds; k++) {
                tokens[k] = CoreToken.of(CoreToken.HEADER, k);
                next[k] = set(set(s, IN_HEADER, 1, 0), KIND, 2, k);
            }
            return kinds;
        }
        int n = 0;
        tokens[n] = CoreToken.END;
        next[n++] = end(s);
        int d = depth(s);
        if (get(s, TERMINATED, 1) == 1 || count(s, d) >= bound.stmts()) {
            return n;
        }
        long stmt = set(s, COUNTS + 3 * d, 3, count(s, d) + 1);
        boolean hasResult = get(s, KIND, 2) != 0;
        if (bound.prints()) {
            n = values(stmt, CoreToken.of(CoreToken.PRINT, 0), tokens, next, n);
        }
        tokens[n] = CoreToken.of(CoreToken.RECOVER, 0);
        next[n++] = stmt;
        n = functions(stmt, CoreToken.of(CoreToken.CALL, 0), tokens, next, n);
        if (bound.goroutines()) {
            n = functions(stmt, CoreToken.of(CoreToken.GO, 0), tokens, next, n);
            tokens[n] = CoreToken.of(CoreToken.WAIT, 0);
            next[n++] = stmt;
        }
        if (hasResult) {
            n = values(stmt, CoreToken.of(CoreToken.SET_RESULT, 0), tokens, next, n);
        }
        n = defers(stmt, d, hasResult, tokens, next, n);
        long term = set(stmt, TERMINATED, 1, 1);
        if (bound.methods()) {
            tokens[n] = CoreToken.defer(CoreToken.GUARD_PLAIN, CoreToken.TARGET_NIL_METHOD, 0);
            next[n++] = term;
        }
        n = values(term, CoreToken.of(CoreToken.PANIC, 0), tokens, next, n);
        if (hasResult && d == 0) {
            n = values(term, CoreToken.of(CoreToken.RETURN, 0), tokens, next, n);
        }
        if (bound.exits()) {
            tokens[n] = CoreToken.of(CoreToken.GOEXIT, 0);
            next[n++] = term;
            n = values(term, CoreToken.of(CoreToken.EXIT, 0), tokens, next, n);
        }
        return n;
    }

    private long end(long s) {
        int d = depth(s);
        if (d > 0) {
            return set(set(s, DEPTH, 2, d - 1), TERMINATED, 1, 0);
        }
        int i = function(s);
        if (get(s, MAX_FUNCTION, 3) > i) {
            long body = set(set(set(s, I, 3, i + 1), IN_HEADER, 1, 1), TERMINATED, 1, 0);
            return set(body, COUNTS, 3, 0);
        }
        return ACCEPT;
    }

    private int defers(long stmt, int d, boolean hasResult, int[] tokens, long[] next, int n) {
        int guards = 1 + (bound.conds() ? 2 : 0);
        int all = guards + bound.trips();
        for (int g = 0; g < all; g++) {
            int guard = g < guards ? g : 2 + (g - guards) + 1;
            if (d < bound.depth()) {
                tokens[n] = CoreToken.defer(guard, CoreToken.TARGET_CLOSURE, 0);
                long open = set(stmt, DEPTH, 2, d + 1);
                next[n++] = set(set(open, COUNTS + 3 * (d + 1), 3, 0), TERMINATED, 1, 0);
            }
            n = functions(stmt, CoreToken.defer(guard, CoreToken.TARGET_NAMED, 0), tokens, next, n);
            if (bound.builtinDefers()) {
                tokens[n] = CoreToken.defer(guard, CoreToken.TARGET_RECOVER, 0);
                next[n++] = stmt;
                n = values(stmt, CoreToken.defer(guard, CoreToken.TARGET_PANIC, 0), tokens, next, n);
                n = values(stmt, CoreToken.defer(guard, CoreToken.TARGET_PRINTLN, 0), tokens, next, n);
            }
            if (bound.methods() && hasResult) {
                tokens[n] = CoreToken.defer(guard, CoreToken.TARGET_VALUE_METHOD, 0);
                next[n++] = stmt;
                tokens[n] = CoreToken.defer(guard, CoreToken.TARGET_POINTER_METHOD, 0);
                next[n++] = stmt;
            }
        }
        return n;
    }

    private int values(long s, int token, int[] tokens, long[] next, int n) {
        int mv = get(s, MAX_VALUE, 3);
        int top = Math.min(mv + 1, bound.values());
        for (int v = 1; v <= top; v++) {
            tokens[n] = token | v << 12;
            next[n++] = v > mv ? set(s, MAX_VALUE, 3, v) : s;
        }
        return n;
    }

    private int functions(long s, int token, int[] tokens, long[] next, int n) {
        int ms = get(s, MAX_FUNCTION, 3);
        int top = Math.min(ms + 1, bound.functions());
        for (int f = function(s) + 1; f <= top; f++) {
            tokens[n] = token | f << 12;
            next[n++] = f > ms ? set(s, MAX_FUNCTION, 3, f) : s;
        }
        return n;
    }

    /** An upper bound on {@link #alternatives}' count, for sizing buffers. */
    int maxAlternatives() {
        int v = bound.values();
        int f = bound.functions();
        int perGuard = 1 + f + 1 + 2 * v + 2;
        return 1 + v + 1 + f + (f + 1) + v + (1 + (bound.conds() ? 2 : 0) + bound.trips()) * perGuard + 2 * v + 1 + v + 4;
    }
}
