package defercheck.coreprogram;

/**
 * A statement of a core program (docs/design.md, "Glossary: the program forms"). Values are small positive ints;
 * function numbers are 1-based ({@code f1}, {@code f2}, ...). {@link #terminal()} statements end their body: the
 * enumerator never puts unreachable statements after them.
 */
public sealed interface CoreStmt {

    default boolean terminal() {
        return false;
    }

    /** {@code println(v)} */
    record Print(int value) implements CoreStmt { }

    /** {@code fmt.Println(recover())} */
    record Recover() implements CoreStmt { }

    /** {@code fN()}, or {@code println(fN())} when fN has a result. */
    record Call(int function) implements CoreStmt { }

    /**
     * {@code go fN()}, joined by the program's WaitGroup: printed as {@code wg.Add(1)} and a goroutine running
     * {@code func() { defer wg.Done(); fN() }()}, so the worker's deferred {@code wg.Done()} runs after every
     * deferred call of fN, whether fN returns, calls Goexit or panics (then before the crash, which other
     * goroutines may overtake).
     */
    record Go(int function) implements CoreStmt { }

    /** {@code wg.Wait()}: blocks while some goroutine started by {@link Go} has not called {@code wg.Done()}. */
    record Wait() implements CoreStmt { }

    /** {@code r = v}: the named result, or the local {@code r} of an unnamed-result function. */
    record SetResult(int value) implements CoreStmt { }

    /** A {@code defer} statement, possibly under a condition or inside a counted loop. */
    record Defer(Guard guard, Deferred what) implements CoreStmt {
        public Defer {
            if (what instanceof Deferred.NilInterfaceMethod && guard.kind() != Guard.Kind.PLAIN) {
                throw new IllegalArgumentException("a nil interface's method is deferred only by a plain defer");
            }
        }

        /** The defer of a nil interface's method panics at the statement: nothing after it runs. */
        @Override
        public boolean terminal() {
            return what instanceof Deferred.NilInterfaceMethod;
        }
    }

    /** {@code panic(v)} */
    record Panic(int value) implements CoreStmt {
        @Override
        public boolean terminal() {
            return true;
        }
    }

    /** {@code return v}, only at the top level of a function with a result. */
    record Return(int value) implements CoreStmt {
        @Override
        public boolean terminal() {
            return true;
        }
    }

    /** {@code runtime.Goexit()} */
    record Goexit() implements CoreStmt {
        @Override
        public boolean terminal() {
            return true;
        }
    }

    /** {@code os.Exit(v)} */
    record Exit(int value) implements CoreStmt {
        @Override
        public boolean terminal() {
            return true;
        }
    }
}
