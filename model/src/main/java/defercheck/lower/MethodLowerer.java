package defercheck.lower;

import defercheck.check.Lookup;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.SelectorExpr;

/** Method values, method expressions and method calls (the receiver as the first argument). */
final class MethodLowerer {

    private final FunctionLowerer f;

    MethodLowerer(FunctionLowerer f) {
        this.f = f;
    }

    /** A selector that denotes a method: its method value. */
    void selector(SelectorExpr e, Lookup.Selection s) {
        throw new AssertionError("methods are refused by the checker: " + e.span());
    }

    /** Pushes the callee of a method call and returns true; false when {@code c} is not a method call. */
    boolean callee(CallExpr c) {
        return false;
    }

    /** How many receiver arguments {@link #callee} pushed. */
    int receiverArgs(CallExpr c) {
        return 0;
    }
}
