package defercheck.fast;

import java.util.Arrays;

/**
 * A core program compiled once into int arrays for the fast machines: one statement array per function
 * (top-level functions first, then closures in the order CoreLowering numbers them) and one table of defer
 * sites per function. Guards are resolved here: {@code yes} is always true and {@code no} always false,
 * since only the generated init writes them. Mutable only so that one instance can be refilled for the
 * next program without allocating; a filled instance is never changed while machines run it.
 */
final class FastCode {
    // statement opcodes; each statement is (op, arg)
    static final int PRINT = 0;
    static final int RECOVER = 1;
    static final int CALL = 2;
    static final int SET_R = 3;
    static final int DEFER = 4;
    static final int PANIC = 5;
    static final int RETURN = 6;
    static final int GOEXIT = 7;
    static final int EXIT = 8;
    /** Falling off the end of a body: the printed terminating {@code return r} (or a closure's plain return). */
    static final int END = 9;
    /** The body of {@code R.show} and {@code (*R).pshow}: println of the r the frame reads (its copy, or &r's). */
    static final int PRINT_R = 10;
    /** {@code go fN()} (arg: fN): the run notes the start; the goroutine itself runs from its own entry. */
    static final int GO = 11;
    /** {@code wg.Wait()}: the run notes it; whether it blocks is the schedules' business (FastSchedules). */
    static final int WAIT = 12;

    // what a site defers
    static final int T_CLOSURE = 0;
    static final int T_NAMED = 1;
    static final int T_RECOVER = 2;
    static final int T_PANIC = 3;
    static final int T_PRINTLN = 4;
    static final int T_VALUE_METHOD = 5;
    static final int T_POINTER_METHOD = 6;
    /** {@code defer I(nil).show()}: faults at the defer statement. */
    static final int T_NIL_METHOD = 7;

    /** The value of the run-time error "invalid memory address or nil pointer dereference". */
    static final int NIL_DEREF = -2;

    // result kinds (closures are NONE and write r through their enclosing top-level frame)
    static final int R_NONE = 0;
    static final int R_UNNAMED = 1;
    static final int R_NAMED = 2;

    static final int MAX_SITES = 8;

    int functions;
    int topLevel;
    /** The top-level functions some {@code go} statement starts, as a bit set (bit N for fN); 0 without goroutines. */
    int goTargets;
    /** Some body starts a goroutine or waits: the program runs as goroutines ({@link FastSchedules}). */
    boolean goroutines;
    /** The function id of {@code R.show} (after the closures, as CoreLowering numbers it), or -1; pshow's is next. */
    int showFn = -1;
    int[] result = new int[16];
    boolean[] closure = new boolean[16];
    int[] codeStart = new int[16];
    int[] siteStart = new int[17];
    /** Explicit return statements (walk's NumReturns), for the compiler plan. */
    int[] returns = new int[16];
    /** For a top-level function with a named result: some closure that writes r is deferred in a loop. */
    boolean[] resultEscapes = new boolean[16];
    /** For a closure: the function whose body holds the literal, and its number among that body's closures. */
    int[] parent = new int[16];
    int[] childNumber = new int[16];

    int[] op = new int[64];
    int[] arg = new int[64];
    int code;

    int sites;
    int[] target = new int[32];
    int[] targetArg = new int[32];
    /** How many times the defer statement of a site runs when reached: 0 (if no), 1, or a loop's trips. */
    int[] times = new int[32];
    boolean[] inLoop = new boolean[32];
    /** (line << 8) | column of the site, where a deferred recover() reports itself. */
    int[] siteLoc = new int[32];

    void reset() {
        showFn = -1;
        goTargets = 0;
        goroutines = false;
        functions = 0;
        code = 0;
        sites = 0;
    }

    int sitesOf(int fn) {
        return siteStart[fn + 1] - siteStart[fn];
    }

    /** Adds a top-level function ({@code enclosing} -1) or a closure literal of {@code enclosing}'s body. */
    int newFunction(int resultKind, int enclosing, int number) {
        int f = functions++;
        if (f >= result.length) {
            int n = result.length * 2;
            result = Arrays.copyOf(result, n);
            closure = Arrays.copyOf(closure, n);
            codeStart = Arrays.copyOf(codeStart, n);
            siteStart = Arrays.copyOf(siteStart, n + 1);
            returns = Arrays.copyOf(returns, n);
            resultEscapes = Arrays.copyOf(resultEscapes, n);
            parent = Arrays.copyOf(parent, n);
            childNumber = Arrays.copyOf(childNumber, n);
        }
        result[f] = resultKind;
        closure[f] = enclosing >= 0;
        returns[f] = 0;
        resultEscapes[f] = false;
        parent[f] = enclosing;
        childNumber[f] = number;
        return f;
    }

    /** The Go name CoreLowering gives function {@code f}: main.fN, then .funcK and .K for closures. */
    String name(int f) {
        if (showFn >= 0 && f >= showFn) {
            return f == showFn ? "main.R.show" : "main.(*R).pshow";
        }
        if (!closure[f]) {
            return "main." + defercheck.coreprogram.CoreProgram.name(f);
        }
        int p = parent[f];
        return name(p) + (closure[p] ? "." : ".func") + childNumber[f];
    }

    void reserveCode(int n) {
        if (op.length < n) {
            op = Arrays.copyOf(op, 2 * n);
            arg = Arrays.copyOf(arg, 2 * n);
        }
        code = n;
    }

    /** Makes room for {@code n} sites, which the compiler then writes in place. */
    void reserveSites(int n) {
        if (target.length < n) {
            target = Arrays.copyOf(target, n);
            targetArg = Arrays.copyOf(targetArg, n);
            times = Arrays.copyOf(times, n);
            inLoop = Arrays.copyOf(inLoop, n);
            siteLoc = Arrays.copyOf(siteLoc, n);
        }
        sites = n;
    }

    /** The function id with this Go name, or -1. */
    int byName(String fnName) {
        for (int f = 0; f < functions; f++) {
            if (name(f).equals(fnName)) {
                return f;
            }
        }
        return -1;
    }
}
