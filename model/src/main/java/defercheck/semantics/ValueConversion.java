package defercheck.semantics;

import defercheck.ir.BasicKind;
import defercheck.ir.Type;
import defercheck.semantics.Value.ArrayValue;
import defercheck.semantics.Value.BoolValue;
import defercheck.semantics.Value.ComplexValue;
import defercheck.semantics.Value.FloatValue;
import defercheck.semantics.Value.FuncValue;
import defercheck.semantics.Value.IntValue;
import defercheck.semantics.Value.MapValue;
import defercheck.semantics.Value.NilValue;
import defercheck.semantics.Value.PointerValue;
import defercheck.semantics.Value.SliceValue;
import defercheck.semantics.Value.StringValue;
import defercheck.semantics.Value.StructValue;
import defercheck.source.ByteStrings;
import java.math.BigInteger;

/**
 * Conversions at run time (Go spec "Conversions"): between numeric types (float to integer as amd64's
 * CVTTSD2SQ/CVTTSD2SL do, which gc uses: an out-of-range value gives the "integer indefinite" 0x80...0), to and from
 * strings, byte and rune slices, and between types with the same underlying type.
 */
final class ValueConversion {

    private ValueConversion() {
    }

    static Value convert(Value x, Type target) {
        Type u = target.underlying();
        if (u instanceof Type.Interface) {
            return x instanceof NilValue n && n.isNilInterface() ? new NilValue(target) : x;
        }
        if (u instanceof Type.Basic b) {
            return basic(x, target, b.kind());
        }
        if (u instanceof Type.Slice s && x instanceof StringValue str) {
            return s.elem().basicKind() == BasicKind.UINT8 ? bytes(str.value(), target, s.elem())
                    : runes(str.value(), target, s.elem());
        }
        return retag(x, target);
    }

    private static Value basic(Value x, Type t, BasicKind k) {
        if (k.isInteger()) {
            if (x instanceof IntValue i) {
                return new IntValue(t, i.value());
            }
            return new IntValue(t, floatToInt(((FloatValue) x).value(), k));
        }
        if (k.isFloat()) {
            double d = x instanceof IntValue i ? intToDouble(i, k) : ((FloatValue) x).value();
            return Arithmetic.floatOf(t, d);
        }
        if (k.isComplex()) {
            ComplexValue c = (ComplexValue) x;
            return Arithmetic.complexOf(t, c.re(), c.im());
        }
        if (k.isString()) {
            return new StringValue(t, string(x));
        }
        if (k.isBoolean()) {
            return new BoolValue(t, ((BoolValue) x).value());
        }
        return retag(x, t);
    }

    private static String string(Value x) {
        if (x instanceof StringValue s) {
            return s.value();
        }
        if (x instanceof IntValue i) {
            long r = i.value();
            boolean valid = !i.unsigned() || r >= 0;
            return ByteStrings.encodeRune(valid && r <= 0x10FFFF ? r : -1);
        }
        if (x instanceof NilValue) {
            return "";
        }
        SliceValue s = (SliceValue) x;
        StringBuilder sb = new StringBuilder();
        boolean bytes = ((Type.Slice) s.type().underlying()).elem().basicKind() == BasicKind.UINT8;
        for (int i = 0; i < s.len(); i++) {
            long v = ((IntValue) s.get(i)).value();
            sb.append(bytes ? String.valueOf((char) v) : ByteStrings.encodeRune(v));
        }
        return sb.toString();
    }

    private static Value bytes(String s, Type t, Type elem) {
        Value[] a = new Value[s.length()];
        for (int i = 0; i < a.length; i++) {
            a[i] = new IntValue(elem, s.charAt(i));
        }
        return new SliceValue(t, a, 0, a.length, a.length);
    }

    private static Value runes(String s, Type t, Type elem) {
        java.util.List<Value> out = new java.util.ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            long d = ByteStrings.decodeRune(s, i);
            out.add(new IntValue(elem, d >>> 32));
            i += (int) d;
        }
        Value[] a = out.toArray(new Value[0]);
        return new SliceValue(t, a, 0, a.length, a.length);
    }

    /** The same value as a value of another type with the same underlying type. */
    private static Value retag(Value x, Type t) {
        if (x instanceof NilValue) {
            return new NilValue(t);
        } else if (x instanceof StructValue s) {
            return new StructValue(t, s.fields());
        } else if (x instanceof ArrayValue a) {
            return new ArrayValue(t, a.elements());
        } else if (x instanceof SliceValue s) {
            return new SliceValue(t, s.array(), s.offset(), s.len(), s.cap());
        } else if (x instanceof MapValue m) {
            return new MapValue(t, m.store());
        } else if (x instanceof Value.ChanValue c) {
            return new Value.ChanValue(t, c.channel());
        } else if (x instanceof PointerValue p) {
            return new PointerValue(t, p.target());
        } else if (x instanceof FuncValue fv) {
            return new FuncValue(t, fv.function(), fv.captures(), fv.receiver());
        }
        return x;
    }

    /**
     * A float converted to an integer type as gc does it on amd64: truncation by CVTTSD2SQ (64-bit) or CVTTSD2SL
     * (32-bit and narrower signed, and uint8/uint16 through int32), whose out-of-range result is the minimum
     * integer; uint32 through int64; uint64 by subtracting 2^63 from large values first.
     */
    static long floatToInt(double d, BasicKind k) {
        return switch (k) {
            case INT8, INT16, INT32, UINT8, UINT16 -> cvtt32(d);
            case UINT64, UINT, UINTPTR -> {
                if (d < 0x1p63) {
                    yield cvtt64(d);
                }
                yield cvtt64(d - 0x1p63) | Long.MIN_VALUE;
            }
            default -> cvtt64(d);
        };
    }

    private static long cvtt64(double d) {
        return Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63 ? Long.MIN_VALUE : (long) d;
    }

    private static long cvtt32(double d) {
        return Double.isNaN(d) || d >= 0x1p31 || d < -0x1p31 ? Integer.MIN_VALUE : (int) d;
    }

    /** An integer's value as the nearest float (unsigned 64-bit values by their magnitude). */
    private static double intToDouble(IntValue i, BasicKind target) {
        if (i.unsigned() && i.value() < 0) {
            BigInteger u = new BigInteger(Long.toUnsignedString(i.value()));
            return target == BasicKind.FLOAT32 ? u.floatValue() : u.doubleValue();
        }
        return target == BasicKind.FLOAT32 ? (float) i.value() : (double) i.value();
    }
}
