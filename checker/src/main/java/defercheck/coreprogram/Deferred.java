package defercheck.coreprogram;

import java.util.List;

/** What a core {@code defer} statement defers. */
public sealed interface Deferred {

    /** {@code defer func() { body }()}: a closure, which sees the enclosing function's {@code r}. */
    record Closure(List<CoreStmt> body) implements Deferred {
        public Closure {
            body = List.copyOf(body);
        }
    }

    /** {@code defer fN()}: a named function, by its number (1-based; main is 0 and is never deferred). */
    record Named(int function) implements Deferred { }

    /** {@code defer recover()}: recovers only inside a deferred call a panic started (docs/semantics.md, rule 4). */
    record RecoverCall() implements Deferred { }

    /** {@code defer panic(v)} */
    record PanicCall(int value) implements Deferred { }

    /** {@code defer println(v)} */
    record PrintlnCall(int value) implements Deferred { }
}
