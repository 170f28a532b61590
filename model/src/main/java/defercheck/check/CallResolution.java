package defercheck.check;

import defercheck.ir.Builtin;
import defercheck.ir.Type;

/** How a call expression is lowered: a call of a func value, a builtin call, or a conversion. */
public sealed interface CallResolution {

    /** A call of a func value of type {@code signature}. */
    record FuncCall(Type.Func signature) implements CallResolution { }

    /** A builtin or library call with {@code results} results. */
    record BuiltinCall(Builtin builtin, int results) implements CallResolution { }

    /** {@code T(x)}: identity at the IR level, since values carry their dynamic type. */
    record Conversion(Type target) implements CallResolution { }
}
