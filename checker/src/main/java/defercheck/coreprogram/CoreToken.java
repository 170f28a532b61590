package defercheck.coreprogram;

/**
 * The enumerator's alphabet: a core program read as a token string, one int per token. Bits 0-3 the kind,
 * 4-7 the defer guard (0 plain, 1 if-true, 2 if-false, 2+t a loop of t trips), 8-11 the defer target,
 * 12-19 the parameter (a value, a function number or a result kind). END closes a body; HEADER opens
 * function {@code fN}'s body and fixes its result kind. Both cost nothing; every other token is a statement.
 */
public final class CoreToken {
    public static final int END = 0;
    public static final int HEADER = 1;
    public static final int PRINT = 2;
    public static final int RECOVER = 3;
    public static final int CALL = 4;
    public static final int SET_RESULT = 5;
    public static final int DEFER = 6;
    public static final int PANIC = 7;
    public static final int RETURN = 8;
    public static final int GOEXIT = 9;
    public static final int EXIT = 10;
    /** {@code go fN()} with its WaitGroup join; the parameter is the function. */
    public static final int GO = 11;
    /** {@code wg.Wait()} */
    public static final int WAIT = 12;

    public static final int GUARD_PLAIN = 0;
    public static final int GUARD_IF_TRUE = 1;
    public static final int GUARD_IF_FALSE = 2;

    public static final int TARGET_CLOSURE = 0;
    public static final int TARGET_NAMED = 1;
    public static final int TARGET_RECOVER = 2;
    public static final int TARGET_PANIC = 3;
    public static final int TARGET_PRINTLN = 4;
    /** {@code defer r.show()}: value receiver. */
    public static final int TARGET_VALUE_METHOD = 5;
    /** {@code defer r.pshow()}: pointer receiver. */
    public static final int TARGET_POINTER_METHOD = 6;
    /** {@code defer I(nil).show()}: panics at the defer statement. */
    public static final int TARGET_NIL_METHOD = 7;

    private CoreToken() {
    }

    public static int of(int kind, int param) {
        return kind | param << 12;
    }

    public static int defer(int guard, int target, int param) {
        return DEFER | guard << 4 | target << 8 | param << 12;
    }

    public static int kind(int t) {
        return t & 0xF;
    }

    public static int guard(int t) {
        return (t >>> 4) & 0xF;
    }

    public static int target(int t) {
        return (t >>> 8) & 0xF;
    }

    public static int param(int t) {
        return (t >>> 12) & 0xFF;
    }

    public static int cost(int t) {
        int k = kind(t);
        return k == END || k == HEADER ? 0 : 1;
    }

    public static boolean terminal(int t) {
        int k = kind(t);
        return k == PANIC || k == RETURN || k == GOEXIT || k == EXIT || k == DEFER && target(t) == TARGET_NIL_METHOD;
    }
}
