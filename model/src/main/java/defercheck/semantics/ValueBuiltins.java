package defercheck.semantics;

import defercheck.ir.BasicKind;
import defercheck.ir.Builtin;
import defercheck.ir.Type;
import defercheck.semantics.Value.ArrayValue;
import defercheck.semantics.Value.ComplexValue;
import defercheck.semantics.Value.FloatValue;
import defercheck.semantics.Value.IntValue;
import defercheck.semantics.Value.MapValue;
import defercheck.semantics.Value.PointerValue;
import defercheck.semantics.Value.SliceValue;
import defercheck.semantics.Value.StringValue;
import java.util.List;

/**
 * The builtins that compute from their operands: len, cap, copy, delete, clear, complex, real, imag, min, max.
 * Each returns one value (copy's count; a placeholder for delete and clear, which the caller drops).
 */
final class ValueBuiltins {

    private ValueBuiltins() {
    }

    static Value apply(Builtin b, List<Value> args) {
        return switch (b) {
            case LEN -> new IntValue(length(args.get(0)));
            case CAP -> new IntValue(capacity(args.get(0)));
            case COPY -> new IntValue(copy(args.get(0), args.get(1)));
            case DELETE -> {
                if (args.get(0) instanceof MapValue m) {
                    m.store().delete(args.get(1));
                }
                yield new IntValue(0);
            }
            case CLEAR -> {
                clear(args.get(0));
                yield new IntValue(0);
            }
            case COMPLEX -> complex(args.get(0), args.get(1));
            case REAL -> part(args.get(0), true);
            case IMAG -> part(args.get(0), false);
            case MIN -> extreme(args, true);
            case MAX -> extreme(args, false);
            default -> throw new AssertionError(b);
        };
    }

    static long length(Value v) {
        if (v instanceof StringValue s) {
            return s.value().length();
        } else if (v instanceof SliceValue s) {
            return s.len();
        } else if (v instanceof ArrayValue a) {
            return a.elements().length;
        } else if (v instanceof MapValue m) {
            return m.store().size();
        } else if (v instanceof Value.ChanValue c) {
            return c.channel().lenBuiltin();
        } else if (v instanceof PointerValue p) {
            return ((ArrayValue) p.target().load()).elements().length;
        } else if (v instanceof Value.NilValue n && n.type().underlying() instanceof Type.Pointer ptr) {
            return ((Type.Array) ptr.elem().underlying()).length();
        }
        return 0;
    }

    private static long capacity(Value v) {
        if (v instanceof SliceValue s) {
            return s.cap();
        } else if (v instanceof Value.ChanValue c) {
            return c.channel().capBuiltin();
        }
        return length(v);
    }

    /** copy(dst, src): min(len) elements, as if through a temporary (the ranges may overlap). */
    private static long copy(Value dst, Value src) {
        if (!(dst instanceof SliceValue d)) {
            return 0;
        }
        Type elem = ((Type.Slice) d.type().underlying()).elem();
        List<Value> from = Containers.elements(src);
        int n = Math.min(d.len(), from.size());
        Value[] tmp = new Value[n];
        for (int i = 0; i < n; i++) {
            Value x = from.get(i);
            tmp[i] = x instanceof IntValue iv && src instanceof StringValue ? new IntValue(elem, iv.value()) : Values.copy(x);
        }
        System.arraycopy(tmp, 0, d.array(), d.offset(), n);
        return n;
    }

    private static void clear(Value v) {
        if (v instanceof MapValue m) {
            m.store().clear();
        } else if (v instanceof SliceValue s) {
            Type elem = ((Type.Slice) s.type().underlying()).elem();
            for (int i = 0; i < s.len(); i++) {
                s.array()[s.offset() + i] = Zero.of(elem);
            }
        }
    }

    private static Value complex(Value re, Value im) {
        FloatValue r = (FloatValue) re;
        Type t = r.type().basicKind() == BasicKind.FLOAT32 ? Type.COMPLEX64 : Type.COMPLEX128;
        return new ComplexValue(t, r.value(), ((FloatValue) im).value());
    }

    private static Value part(Value c, boolean real) {
        ComplexValue v = (ComplexValue) c;
        Type t = v.type().basicKind() == BasicKind.COMPLEX64 ? Type.FLOAT32 : Type.FLOAT64;
        return new FloatValue(t, real ? v.re() : v.im());
    }

    /** min or max (Go 1.21): a NaN operand makes the result NaN; -0 is less than +0. */
    private static Value extreme(List<Value> args, boolean min) {
        Value best = args.get(0);
        for (Value v : args.subList(1, args.size())) {
            if (best instanceof FloatValue bf && Double.isNaN(bf.value())) {
                return best;
            }
            if (v instanceof FloatValue vf && Double.isNaN(vf.value())) {
                best = v;
                continue;
            }
            int c = compare(v, best);
            if (min ? c < 0 : c > 0) {
                best = v;
            }
        }
        return best;
    }

    private static int compare(Value a, Value b) {
        if (a instanceof IntValue x) {
            IntValue y = (IntValue) b;
            return x.unsigned() ? Long.compareUnsigned(x.value(), y.value()) : Long.compare(x.value(), y.value());
        } else if (a instanceof FloatValue x) {
            return Double.compare(x.value(), ((FloatValue) b).value());
        }
        return ((StringValue) a).value().compareTo(((StringValue) b).value());
    }
}
