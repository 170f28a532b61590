package defercheck.semantics;

import defercheck.semantics.Value.ArrayValue;
import defercheck.semantics.Value.BoolValue;
import defercheck.semantics.Value.FuncValue;
import defercheck.semantics.Value.IntValue;
import defercheck.semantics.Value.NilValue;
import defercheck.semantics.Value.RuntimeErrorValue;
import defercheck.semantics.Value.StringValue;
import defercheck.ir.Type;
import defercheck.source.GoVersion;
import java.util.List;

/** How values print: the runtime's print/println, fmt's %v, and the crash text's panic values. */
public final class ValueFormat {

    /**
     * A made-up address for a value the runtime shows by address (a pointer, a boxed array). The real one
     * varies from run to run; stderr comparisons mask hex, and fmt output of a non-nil pointer is the one
     * place where stdout cannot match.
     */
    static final String HEAP_ADDRESS = "0xc000010000";

    private ValueFormat() {
    }

    /** The runtime's print: what {@code print} and {@code println} write for one operand. */
    public static String runtimePrint(Value v) {
        if (v instanceof IntValue i) {
            return Long.toString(i.value());
        } else if (v instanceof StringValue s) {
            return s.value();
        } else if (v instanceof BoolValue b) {
            return Boolean.toString(b.value());
        }
        // The checker rejects interface and func operands; an address is the closest honest answer.
        return "0x0";
    }

    /**
     * How print/println show an interface or func operand: addresses. A nil interface is exactly
     * {@code (0x0,0x0)} and a nil func {@code 0x0}; other addresses are made up (hex is masked in comparisons).
     */
    public static String address(Value v, Type staticType) {
        boolean nil = v instanceof NilValue n && (!staticType.isInterface() || n.isNilInterface());
        if (staticType.isInterface()) {
            return nil ? "(0x0,0x0)" : "(0x4a0000,0xc000010000)";
        }
        return nil ? "0x0" : "0x4a0000";
    }

    /** fmt's %v: a nil pointer is {@code <nil>}, an array its elements' %v between brackets. */
    public static String fmtValue(Value v) {
        if (v instanceof NilValue n) {
            return n.isNilInterface() || n.type() instanceof Type.Pointer ? "<nil>" : "0x0";
        } else if (v instanceof Value.PointerValue) {
            return HEAP_ADDRESS;
        } else if (v instanceof Value.StructValue) {
            return "{}";
        } else if (v instanceof ArrayValue a) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < a.elements().size(); i++) {
                sb.append(i > 0 ? " " : "").append(fmtValue(a.elements().get(i)));
            }
            return sb.append(']').toString();
        } else if (v instanceof RuntimeErrorValue e) {
            return e.message();
        } else if (v instanceof FuncValue) {
            return "0x0";
        }
        return runtimePrint(v);
    }

    /** fmt.Print and fmt.Sprint: a space between operands when neither side is a string. */
    public static String fmtSprint(List<Value> args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0 && !(args.get(i - 1) instanceof StringValue) && !(args.get(i) instanceof StringValue)) {
                sb.append(' ');
            }
            sb.append(fmtValue(args.get(i)));
        }
        return sb.toString();
    }

    /**
     * fmt.Sprintf within the checker's bounds (FormatChecker): a format whose verbs are v, d, s, t or %%,
     * one operand each, of the verb's type; every verb then prints as %v does.
     */
    public static String fmtSprintf(List<Value> args) {
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
                sb.append(fmtValue(args.get(next++)));
            }
        }
        return sb.toString();
    }

    /** fmt.Println and fmt.Sprintln: spaces between all operands, then a newline. */
    public static String fmtSprintln(List<Value> args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(fmtValue(args.get(i)));
        }
        return sb.append('\n').toString();
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
     * Mirrors runtime.preprintpanics and printpanicval: errors print Error(), basic values print bare,
     * others by type and address. From Go 1.23 (printindented) a newline in a string is followed by a tab.
     */
    public static String panicValue(Value v, GoVersion version) {
        if (v instanceof RuntimeErrorValue e) {
            return indented(e.message(), version);
        } else if (v instanceof StringValue s) {
            return indented(s.value(), version);
        } else if (v instanceof NilValue n) {
            return n.isNilInterface() ? "nil" : "(" + n.dynamicTypeName() + ") 0x0";
        } else if (v instanceof FuncValue || v instanceof ArrayValue || v instanceof Value.PointerValue
                || v instanceof Value.StructValue) {
            return "(" + v.dynamicTypeName() + ") " + (v instanceof FuncValue ? "0x0" : HEAP_ADDRESS);
        }
        return runtimePrint(v);
    }

    private static String indented(String s, GoVersion version) {
        return version.atLeast(23) ? s.replace("\n", "\n\t") : s;
    }

    /** A short, unambiguous rendering for traces: strings quoted. */
    public static String debug(Value v) {
        if (v == null) {
            return "?";
        } else if (v instanceof StringValue s) {
            return '"' + s.value().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
        } else if (v instanceof NilValue) {
            return "nil";
        } else if (v instanceof FuncValue f) {
            return f.function().name();
        } else if (v instanceof RuntimeErrorValue e) {
            return e.kind().goType() + "(" + e.message() + ")";
        } else if (v instanceof Value.StructValue s) {
            return s.dynamicTypeName() + "{}";
        } else if (v instanceof ArrayValue) {
            return fmtValue(v);
        } else if (v instanceof Value.PointerValue p) {
            return "&" + debug(p.target().get());
        }
        return runtimePrint(v);
    }
}
