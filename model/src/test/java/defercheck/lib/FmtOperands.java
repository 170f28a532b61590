package defercheck.lib;

import static defercheck.lib.GoCases.hex;
import static defercheck.lib.GoCases.unhex;

import defercheck.lib.fmt.MethodResult;
import defercheck.lib.fmt.Methods;
import defercheck.lib.fmt.Operand;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the argument descriptors lib/gen/fmt.go writes (reflect's view of each value, type names in hex)
 * into {@link Operand}s, writes operands back the same way, and answers method calls for the generator's
 * types with the results their Go methods give.
 */
final class FmtOperands {

    private final String[] tokens;
    private int pos;

    private FmtOperands(String text) {
        this.tokens = text.split(",", -1);
    }

    /** The arguments of a descriptor list: a count, then each argument. */
    static List<Operand> parseArgs(String text) {
        FmtOperands r = new FmtOperands(text);
        int n = Integer.parseInt(r.next());
        List<Operand> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(r.operand());
        }
        return out;
    }

    /** One operand. */
    static Operand parse(String text) {
        return new FmtOperands(text).operand();
    }

    private String next() {
        return tokens[pos++];
    }

    private boolean bit() {
        return next().equals("1");
    }

    private Operand operand() {
        String kind = next();
        if (kind.equals("N")) {
            return new Operand.Nil();
        }
        String type = unhex(next());
        if (kind.equals("z")) {
            return new Operand.NilInterface(type);
        }
        Methods m = methods(next(), type);
        switch (kind) {
            case "b":
                return new Operand.Bool(type, bit(), m);
            case "i":
                return new Operand.Int(type, Long.parseLong(next()), true, m);
            case "u":
                return new Operand.Int(type, Long.parseUnsignedLong(next()), false, m);
            case "f":
                int fbits = Integer.parseInt(next());
                return new Operand.Float(type, bits(next()), fbits, m);
            case "c":
                int cbits = Integer.parseInt(next());
                return new Operand.Complex(type, bits(next()), bits(next()), cbits, m);
            case "s":
                return new Operand.Str(type, unhex(next()), m);
            case "q":
                return sequence(type, m);
            case "t":
                int nf = Integer.parseInt(next());
                List<Operand.Field> fields = new ArrayList<>();
                for (int i = 0; i < nf; i++) {
                    String name = unhex(next());
                    fields.add(new Operand.Field(name, operand()));
                }
                return new Operand.Struct(type, fields, m);
            case "m":
                boolean nilMap = bit();
                int ne = Integer.parseInt(next());
                List<Operand.Entry> entries = new ArrayList<>();
                for (int i = 0; i < ne; i++) {
                    entries.add(new Operand.Entry(operand(), operand()));
                }
                return new Operand.Map(type, nilMap, entries, nilMap ? 0 : 0xc000010000L, m);
            case "p":
                boolean nilPtr = bit();
                return new Operand.Pointer(type, nilPtr ? 0 : 0xc000012345L, nilPtr ? null : operand(), m);
            default:
                throw new IllegalArgumentException("descriptor kind " + kind);
        }
    }

    private Operand sequence(String type, Methods m) {
        boolean array = bit();
        boolean nil = bit();
        boolean bytes = bit();
        int n = Integer.parseInt(next());
        List<Operand> elements = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            elements.add(operand());
        }
        return new Operand.Sequence(type, array, nil, bytes, elements, nil ? 0 : 0xc000014000L, m);
    }

    private static double bits(String hexBits) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hexBits, 16));
    }

    /** Methods whose receiver handle is the type name; {@link #call} answers by type. */
    private static Methods methods(String letters, String type) {
        if (letters.equals("-")) {
            return Methods.NONE;
        }
        return new Methods(letters.contains("E"), letters.contains("S"), letters.contains("G"), new Receiver(type));
    }

    /** The caller's handle of a value: its type (the value itself is filled in after parsing). */
    static final class Receiver {
        final String type;
        Operand value;

        Receiver(String type) {
            this.type = type;
        }
    }

    /** Walks an operand tree and points each receiver handle at its operand. */
    static void bindReceivers(Operand o) {
        Object r = o.methods().receiver();
        if (r instanceof Receiver) {
            ((Receiver) r).value = o;
        }
        if (o instanceof Operand.Sequence) {
            ((Operand.Sequence) o).elements().forEach(FmtOperands::bindReceivers);
        } else if (o instanceof Operand.Struct) {
            ((Operand.Struct) o).fields().forEach(f -> bindReceivers(f.value()));
        } else if (o instanceof Operand.Map) {
            ((Operand.Map) o).entries().forEach(e -> {
                bindReceivers(e.key());
                bindReceivers(e.value());
            });
        } else if (o instanceof Operand.Pointer && ((Operand.Pointer) o).target() != null) {
            bindReceivers(((Operand.Pointer) o).target());
        }
    }

    /** What the generator's Go method gives. */
    static MethodResult call(Object handle, defercheck.lib.fmt.GoMethod method) {
        Receiver r = (Receiver) handle;
        Operand v = r.value;
        switch (r.type + "." + method.goName()) {
            case "main.Str.String":
                return returned("Str" + ((Operand.Int) v).bits());
            case "main.Err.Error":
                return returned("err:" + field(v, "Msg"));
            case "*main.PErr.Error":
                Operand.Pointer p = (Operand.Pointer) v;
                return p.target() == null ? panicked("s,737472696e67,-," + hex("nil dereference"))
                        : returned("perr:" + field(p.target(), "Msg"));
            case "*errors.errorString.Error":
                return returned(field(((Operand.Pointer) v).target(), "s"));
            case "main.Both.Error":
                return returned("E");
            case "main.GoS.GoString":
                return returned("GoS!");
            case "main.GoS.String":
                return returned("gs");
            case "main.Boom.String":
                return panicked("s,737472696e67,-," + hex("boom"));
            case "main.BoomErr.String":
                return panicked("t," + hex("main.Err") + ",E,1," + hex("Msg") + ",s,737472696e67,-," + hex("inner"));
            case "main.Twice.String":
                return panicked("i," + hex("main.Boom") + ",S,7");
            default:
                throw new IllegalStateException("no Go method " + r.type + "." + method.goName());
        }
    }

    private static MethodResult returned(String text) {
        return new MethodResult.Returned(text);
    }

    private static MethodResult panicked(String descriptor) {
        Operand o = parse(descriptor);
        bindReceivers(o);
        return new MethodResult.Panicked(o);
    }

    private static String field(Operand struct, String name) {
        for (Operand.Field f : ((Operand.Struct) struct).fields()) {
            if (f.name().equals(name)) {
                return ((Operand.Str) f.value()).value();
            }
        }
        throw new IllegalArgumentException("no field " + name);
    }

    /** The descriptor of an operand (addresses aside), to compare panic values. */
    static String describe(Operand o) {
        List<String> t = new ArrayList<>();
        describe(o, t);
        return String.join(",", t);
    }

    private static void describe(Operand o, List<String> t) {
        if (o instanceof Operand.Nil) {
            t.add("N");
            return;
        }
        if (o instanceof Operand.NilInterface) {
            t.add("z");
            t.add(hex(o.type()));
            return;
        }
        Methods m = o.methods();
        String letters = (m.error() ? "E" : "") + (m.stringer() ? "S" : "") + (m.goStringer() ? "G" : "");
        if (o instanceof Operand.Str) {
            t.add("s");
        } else if (o instanceof Operand.Int) {
            t.add(((Operand.Int) o).signed() ? "i" : "u");
        } else if (o instanceof Operand.Struct) {
            t.add("t");
        } else {
            t.add("?");
        }
        t.add(hex(o.type()));
        t.add(letters.isEmpty() ? "-" : letters);
        if (o instanceof Operand.Str) {
            t.add(hex(((Operand.Str) o).value()));
        } else if (o instanceof Operand.Int) {
            Operand.Int i = (Operand.Int) o;
            t.add(i.signed() ? Long.toString(i.bits()) : Long.toUnsignedString(i.bits()));
        } else if (o instanceof Operand.Struct) {
            List<Operand.Field> fs = ((Operand.Struct) o).fields();
            t.add(Integer.toString(fs.size()));
            for (Operand.Field f : fs) {
                t.add(hex(f.name()));
                describe(f.value(), t);
            }
        }
    }
}
