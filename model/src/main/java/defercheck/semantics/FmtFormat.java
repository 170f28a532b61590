package defercheck.semantics;

import defercheck.ir.BasicKind;
import defercheck.ir.Type;
import defercheck.semantics.Value.ArrayValue;
import defercheck.semantics.Value.BoolValue;
import defercheck.semantics.Value.ComplexValue;
import defercheck.semantics.Value.FloatValue;
import defercheck.semantics.Value.IntValue;
import defercheck.semantics.Value.MapValue;
import defercheck.semantics.Value.NilValue;
import defercheck.semantics.Value.PointerValue;
import defercheck.semantics.Value.RuntimeErrorValue;
import defercheck.semantics.Value.SliceValue;
import defercheck.semantics.Value.StringValue;
import defercheck.semantics.Value.StructValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * fmt's %v for the values the checker lets through (values without methods: the checker refuses fmt of types with
 * String or Error methods until fmt calls them): numbers, strings, booleans, and structs, arrays, slices and maps
 * of them, with map keys in fmt's sorted order.
 */
public final class FmtFormat {

    private FmtFormat() {
    }

    public static String value(Value v) {
        return value(v, true);
    }

    private static String value(Value v, boolean top) {
        if (v instanceof NilValue n) {
            Type u = n.type().underlying();
            return u instanceof Type.Slice ? "[]" : u instanceof Type.Map ? "map[]" : u instanceof Type.Func ? "0x0" : "<nil>";
        } else if (v instanceof IntValue i) {
            return i.unsigned() ? Long.toUnsignedString(i.value()) : Long.toString(i.value());
        } else if (v instanceof FloatValue f) {
            return shortest(f.value(), f.type().basicKind() == BasicKind.FLOAT32);
        } else if (v instanceof ComplexValue c) {
            boolean f32 = c.type().basicKind() == BasicKind.COMPLEX64;
            String im = shortest(c.im(), f32);
            return "(" + shortest(c.re(), f32) + (im.startsWith("-") || im.startsWith("+") ? "" : "+") + im + "i)";
        } else if (v instanceof StringValue s) {
            return s.value();
        } else if (v instanceof BoolValue b) {
            return Boolean.toString(b.value());
        } else if (v instanceof RuntimeErrorValue e) {
            return e.message();
        }
        return composite(v, top);
    }

    private static String composite(Value v, boolean top) {
        if (v instanceof StructValue s) {
            List<String> parts = new ArrayList<>();
            for (Value f : s.fields()) {
                parts.add(value(f, false));
            }
            return "{" + String.join(" ", parts) + "}";
        } else if (v instanceof ArrayValue a) {
            return elements(a.elements(), 0, a.elements().length);
        } else if (v instanceof SliceValue s) {
            return elements(s.array(), s.offset(), s.len());
        } else if (v instanceof MapValue m) {
            List<String> parts = new ArrayList<>();
            for (Value k : MapOrder.sorted(m.store().keys())) {
                parts.add(value(k, false) + ":" + value(m.store().get(k), false));
            }
            return "map[" + String.join(" ", parts) + "]";
        } else if (v instanceof PointerValue p) {
            Value t = p.target().load();
            if (top && (t instanceof StructValue || t instanceof ArrayValue || t instanceof SliceValue
                    || t instanceof MapValue)) {
                return "&" + value(t, false);
            }
            return ValueFormat.HEAP_ADDRESS;
        }
        return "0x0";
    }

    private static String elements(Value[] vs, int from, int n) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? " " : "").append(value(vs[from + i], false));
        }
        return sb.append(']').toString();
    }

    /** strconv.FormatFloat(f, 'g', -1, bits): the shortest digits that read back, %e below exponent -4 and from 6. */
    static String shortest(double d, boolean f32) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal r = exact;
        for (int p = 1; p <= 17; p++) {
            r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (f32 ? r.floatValue() == (float) d : r.doubleValue() == d) {
                break;
            }
        }
        int exp = r.precision() - r.scale() - 1;
        String digits = r.unscaledValue().abs().toString().replaceAll("0+$", "");
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 6) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String e = Integer.toString(Math.abs(exp));
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
        }
        return sign + r.abs().stripTrailingZeros().toPlainString();
    }

    /** fmt.Print and fmt.Sprint: a space between operands when neither side is a string. */
    public static String sprint(List<Value> args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0 && !(args.get(i - 1) instanceof StringValue) && !(args.get(i) instanceof StringValue)) {
                sb.append(' ');
            }
            sb.append(value(args.get(i)));
        }
        return sb.toString();
    }

    /** fmt.Println and fmt.Sprintln: spaces between all operands, then a newline. */
    public static String sprintln(List<Value> args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            sb.append(i > 0 ? " " : "").append(value(args.get(i)));
        }
        return sb.append('\n').toString();
    }

    /**
     * fmt.Sprintf within the checker's bounds (FormatChecker): a format whose verbs are v, d, s, t or %%, one
     * operand each, of the verb's type; every verb then prints as %v does.
     */
    public static String sprintf(List<Value> args) {
        String format = ((StringValue) args.get(0)).value();
        StringBuilder sb = new StringBuilder();
        int next = 1;
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch != '%') {
                sb.append(ch);
            } else if (format.charAt(++i) == '%') {
                sb.append('%');
            } else {
                sb.append(value(args.get(next++)));
            }
        }
        return sb.toString();
    }
}
