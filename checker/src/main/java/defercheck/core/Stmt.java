package defercheck.core;

/**
 * A statement of the core calculus (DESIGN.md, "TLA+ side"). Values are small positive ints; function
 * numbers are 1-based ({@code f1}, {@code f2}, ...). {@link #terminal()} statements end their body: the
 * enumerator never puts unreachable statements after them.
 */
public sealed interface Stmt {

    default boolean terminal() {
        return false;
    }

    /** {@code println(v)} */
    record Print(int value) implements Stmt { }

    /** {@code fmt.Println(recover())} */
    record Recover() implements Stmt { }

    /** {@code fN()}, or {@code println(fN())} when fN has a result. */
    record Call(int function) implements Stmt { }

    /** {@code r = v}: the named result, or the local {@code r} of an unnamed-result function. */
    record SetResult(int value) implements Stmt { }

    /** A {@code defer} statement, possibly under a condition or inside a counted loop. */
    record Defer(Guard guard, Deferred what) implements Stmt { }

    /** {@code panic(v)} */
    record Panic(int value) implements Stmt {
        @Override
        public boolean terminal() {
            return true;
        }
    }

    /** {@code return v}, only at the top level of a function with a result. */
    record Return(int value) implements Stmt {
        @Override
        public boolean terminal() {
            return true;
        }
    }

    /** {@code runtime.Goexit()} */
    record Goexit() implements Stmt {
        @Override
        public boolean terminal() {
            return true;
        }
    }

    /** {@code os.Exit(v)} */
    record Exit(int value) implements Stmt {
        @Override
        public boolean terminal() {
            return true;
        }
    }
}
