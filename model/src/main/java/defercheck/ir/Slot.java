package defercheck.ir;

import defercheck.source.Span;

/**
 * A variable of a frame. Params come first, then results (named or not), then locals. {@code boxed}
 * slots hold a box because some closure captures the variable.
 */
public record Slot(String name, Type type, boolean boxed, Span declared) { }
