package defercheck.check;

import defercheck.ir.Builtin;
import defercheck.ir.Type;

/** How a call expression is lowered. */
public sealed interface CallResolution {

    /** A call of a func value of type {@code signature} (variadic arguments are packed by the lowering). */
    record FuncCall(Type.Func signature) implements CallResolution { }

    /** A builtin or library call with {@code results} results. */
    record BuiltinCall(Builtin builtin, int results) implements CallResolution { }

    /** A variadic library call {@code f(args, s...)}: the slice's elements are the remaining arguments. */
    record SpreadBuiltinCall(Builtin builtin, int fixed, int results) implements CallResolution { }

    /** {@code T(x)}: a run-time conversion to {@code target} (none when the types are identical). */
    record Conversion(Type target) implements CallResolution { }

    /** {@code new(T)}: a pointer to a fresh zero T. */
    record New(Type elem) implements CallResolution { }

    /** {@code make(T, sizes...)} of a slice or map type. */
    record Make(Type type, int sizes) implements CallResolution { }

    /** {@code append(s, xs...)}; {@code spread} for {@code append(s, t...)}. */
    record Append(Type slice, boolean spread) implements CallResolution { }
}
