package defercheck.lib.fmt;

/** The outcome of a method call the engine asked for: the string it returned, or the value it panicked with. */
public sealed interface MethodResult permits MethodResult.Returned, MethodResult.Panicked {

    /** The method returned {@code text} (a byte string). */
    record Returned(String text) implements MethodResult {
    }

    /** The method panicked with {@code value} (given as an operand, with its own methods). */
    record Panicked(Operand value) implements MethodResult {
    }
}
