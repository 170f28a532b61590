package defercheck.semantics;

import defercheck.ir.BasicKind;
import defercheck.ir.Type;
import defercheck.lib.runtime.RuntimePrint;
import defercheck.semantics.Value.ArrayValue;
import defercheck.semantics.Value.BoolValue;
import defercheck.semantics.Value.ComplexValue;
import defercheck.semantics.Value.FloatValue;
import defercheck.semantics.Value.FuncValue;
import defercheck.semantics.Value.IntValue;
import defercheck.semantics.Value.MapValue;
import defercheck.semantics.Value.NilValue;
import defercheck.semantics.Value.PointerValue;
import defercheck.semantics.Value.RuntimeErrorValue;
import defercheck.semantics.Value.SliceValue;
import defercheck.semantics.Value.StringValue;
import defercheck.semantics.Value.StructValue;
import defercheck.source.ByteStrings;
import defercheck.source.GoVersion;
import java.util.List;

/** How values print: the runtime's print/println, the crash text's panic values, and a debug form for traces. */
public final class ValueFormat {

    /**
     * A made-up address for a value the runtime shows by address. The real one varies from run to run; stderr
     * comparisons mask hex, and fmt output of a non-nil pointer is the one place where stdout cannot match.
     */
    static final String HEAP_ADDRESS = "0xc000010000";

    private ValueFormat() {
    }

    /** The runtime's print: what {@code print} and {@code println} write for one operand of a basic type. */
    public static String runtimePrint(Value v) {
        if (v instanceof IntValue i) {
            return i.unsigned() ? Long.toUnsignedString(i.value()) : Long.toString(i.value());
        } else if (v instanceof StringValue s) {
            return s.value();
        } else if (v instanceof BoolValue b) {
            return Boolean.toString(b.value());
        } else if (v instanceof FloatValue f) {
            return RuntimePrint.printFloat(f.value());
        } else if (v instanceof ComplexValue c) {
            return RuntimePrint.printComplex(c.re(), c.im());
        }
        // The lowering turns every other operand into its address text first (PrintAddress).
        return "0x0";
    }

    /**
     * How print/println show a non-basic operand: addresses. A nil interface is exactly {@code (0x0,0x0)}, a nil
     * pointer, func, map or channel {@code 0x0}, a slice {@code [len/cap]0xaddr}; other addresses are made up
     * (hex is masked in comparisons).
     */
    public static String address(Value v, Type staticType) {
        boolean nil = v instanceof NilValue n && (!staticType.isInterface() || n.isNilInterface());
        if (staticType.isInterface()) {
            return nil ? "(0x0,0x0)" : "(0x4a0000,0xc000010000)";
        }
        if (staticType.underlying() instanceof Type.Slice) {
            return v instanceof SliceValue s ? "[" + s.len() + "/" + s.cap() + "]" + HEAP_ADDRESS : "[0/0]0x0";
        }
        return nil ? "0x0" : "0x4a0000";
    }

    /** print: operands back to back. */
    public static String print(List<Value> args) {
        StringBuilder sb = new StringBuilder();
        for (Value v : args) {
            sb.append(runtimePrint(v));
        }
        return sb.toString();
    }

    /** println: operands separated by spaces, then a newline. */
    public static String println(List<Value> args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(runtimePrint(args.get(i)));
        }
        return sb.append('\n').toString();
    }

    /**
     * Mirrors runtime.printpanicval: basic values print bare; a value of a defined basic type as {@code main.T(5)}
     * or {@code main.S("x")}; other types as {@code (T) address}. Errors print their message. From Go 1.23
     * (printindented) a newline in a printed string is followed by a tab.
     */
    public static String panicValue(Value v, GoVersion version) {
        if (v instanceof RuntimeErrorValue e) {
            return indented(e.message(), version);
        } else if (v instanceof NilValue n && n.isNilInterface()) {
            return "nil";
        }
        boolean named = v.type() instanceof Type.Named;
        if (v instanceof StringValue s) {
            return named ? v.dynamicTypeName() + "(\"" + indented(s.value(), version) + "\")" : indented(s.value(), version);
        }
        if (v instanceof ComplexValue) {
            // printpanicval prints a complex after the type name with no parentheses of its own: main.C(+1...i)
            return named ? v.dynamicTypeName() + runtimePrint(v) : runtimePrint(v);
        }
        if (v instanceof IntValue || v instanceof BoolValue || v instanceof FloatValue) {
            return named ? v.dynamicTypeName() + "(" + runtimePrint(v) + ")" : runtimePrint(v);
        }
        boolean nil = v instanceof NilValue;
        return "(" + v.dynamicTypeName() + ") " + (nil || v instanceof FuncValue ? "0x0" : HEAP_ADDRESS);
    }

    static String indented(String s, GoVersion version) {
        return version.atLeast(23) ? s.replace("\n", "\n\t") : s;
    }

    /** A short, unambiguous rendering for traces: strings quoted, composites with their contents. */
    public static String debug(Value v) {
        return debug(v, 0);
    }

    /** Depth-limited, so that a cyclic structure (a list whose node points to itself) still prints. */
    private static String debug(Value v, int depth) {
        if (depth > 4) {
            return "…";
        }
        if (v == null) {
            return "?";
        } else if (v instanceof StringValue s) {
            return ByteStrings.quote(s.value());
        } else if (v instanceof NilValue) {
            return "nil";
        } else if (v instanceof FuncValue f) {
            return f.receiver() == null ? f.function().name() : f.function().name() + "-fm";
        } else if (v instanceof RuntimeErrorValue e) {
            return e.kind().goType() + "(" + e.message() + ")";
        } else if (v instanceof StructValue s) {
            return s.dynamicTypeName() + "{" + debugAll(s.fields(), s.fields().length, depth) + "}";
        } else if (v instanceof ArrayValue a) {
            return "[" + debugAll(a.elements(), a.elements().length, depth) + "]";
        } else if (v instanceof SliceValue s) {
            return "[" + debugAll(java.util.Arrays.copyOfRange(s.array(), s.offset(), s.offset() + s.len()), s.len(),
                    depth) + "]";
        } else if (v instanceof MapValue m) {
            return "map[" + m.store().size() + " entries]";
        } else if (v instanceof Value.ChanValue c) {
            return c.channel().describe();
        } else if (v instanceof PointerValue p) {
            return "&" + debug(p.target().load(), depth + 1);
        }
        return runtimePrint(v);
    }

    private static String debugAll(Value[] vs, int n, int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n && i < 16; i++) {
            sb.append(i > 0 ? ", " : "").append(debug(vs[i], depth + 1));
        }
        if (n > 16) {
            sb.append(", …");
        }
        return sb.toString();
    }

    /** Whether a kind prints as a number in fmt and print. */
    static boolean isNumber(BasicKind k) {
        return k != null && k.isNumeric();
    }
}
