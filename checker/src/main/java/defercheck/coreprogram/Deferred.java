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

    /**
     * {@code defer r.show()}, {@code show} a method of {@code R} with a value receiver: the receiver {@code r}
     * (the enclosing function's result variable, of type {@code R}) is evaluated and copied at the defer
     * statement (Go spec, "Defer statements": the function value and parameters are evaluated as usual), so
     * the call prints {@code r} as it was then.
     */
    record ValueMethod() implements Deferred { }

    /**
     * {@code defer r.pshow()}, {@code pshow} a method of {@code *R}: {@code &r} is evaluated at the defer
     * statement, and the call prints {@code r} as it is when the call runs (after {@code return v}, for a
     * named result).
     */
    record PointerMethod() implements Deferred { }

    /**
     * {@code defer I(nil).show()}: evaluating the method value of a nil interface faults at the defer
     * statement (the run-time error "invalid memory address or nil pointer dereference"), before anything is
     * deferred; only a plain defer, and it ends its body.
     */
    record NilInterfaceMethod() implements Deferred { }
}
