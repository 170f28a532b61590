package defercheck.semantics;

import defercheck.ir.Constant;
import defercheck.ir.Type;
import java.util.Collections;

/** Constants and zero values as run-time values. */
public final class Zero {

    private Zero() {
    }

    public static Value of(Type t) {
        return constant(Constant.zero(t));
    }

    public static Value constant(Constant c) {
        if (c instanceof Constant.IntConst i) {
            return new Value.IntValue(i.value());
        } else if (c instanceof Constant.StringConst s) {
            return new Value.StringValue(s.value());
        } else if (c instanceof Constant.BoolConst b) {
            return Value.BoolValue.of(b.value());
        } else if (c instanceof Constant.NilConst n) {
            return new Value.NilValue(n.type());
        } else if (c instanceof Constant.EmptyStruct s) {
            return new Value.StructValue(s.type());
        } else if (c instanceof Constant.ArrayZero a) {
            return new Value.ArrayValue(a.type(),
                    Collections.nCopies((int) a.type().length(), of(a.type().elem())));
        }
        throw new AssertionError(c);
    }
}
