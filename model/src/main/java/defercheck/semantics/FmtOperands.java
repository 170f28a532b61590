package defercheck.semantics;

import defercheck.ir.BasicKind;
import defercheck.ir.Program;
import defercheck.ir.Type;
import defercheck.lib.fmt.Methods;
import defercheck.lib.fmt.Operand;
import java.util.ArrayList;
import java.util.List;

/**
 * A machine value as fmt's reflection sees it ({@link Operand}): its dynamic type's name, its contents, and the
 * Error, String and GoString methods fmt may call (with the value itself as the receiver handle). A value reached
 * through an unexported struct field has no methods for fmt (reflect cannot call them).
 */
final class FmtOperands {
    /** Addresses are made up (the real ones vary from run to run). */
    private static final long ADDRESS = 0xc000010000L;
    /** fmt recurses into composites only as deep as the value; a cycle through maps or interfaces is cut here. */
    private static final int MAX_DEPTH = 10_000;

    private final Program program;
    /** Whether an operand, at any depth, is one of the model's program counters. */
    private boolean showsPc;

    /** Whether fmt's text shows one of the made-up addresses (in hex or decimal). */
    static boolean showsAddress(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains(Long.toHexString(ADDRESS)) || text.contains(Long.toString(ADDRESS));
    }

    boolean showsPc() {
        return showsPc;
    }

    FmtOperands(Program program) {
        this.program = program;
    }

    /** The operand of an argument of a fmt call (a value converted to any). */
    Operand argument(Value v) {
        if (v instanceof Value.NilValue n && n.isNilInterface()) {
            return new Operand.Nil();
        }
        return of(v, true, 0);
    }

    private Operand of(Value v, boolean canInterface, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("fmt of a cyclic value");
        }
        Methods m = canInterface ? methods(v) : Methods.NONE;
        String type = v.type().runtimeName();
        if (v instanceof Value.NilValue n) {
            return nil(n, type, m);
        } else if (v instanceof Value.IntValue i) {
            showsPc |= ProgramCounters.isPc(i.value());
            return new Operand.Int(type, i.value(), !i.unsigned(), m);
        } else if (v instanceof Value.FloatValue f) {
            return new Operand.Float(type, f.value(), f.type().basicKind() == BasicKind.FLOAT32 ? 32 : 64, m);
        } else if (v instanceof Value.ComplexValue c) {
            int bits = c.type().basicKind() == BasicKind.COMPLEX64 ? 64 : 128;
            return new Operand.Complex(type, c.re(), c.im(), bits, m);
        } else if (v instanceof Value.StringValue s) {
            return new Operand.Str(type, s.value(), m);
        } else if (v instanceof Value.BoolValue b) {
            return new Operand.Bool(type, b.value(), m);
        } else if (v instanceof Value.StructValue s) {
            return struct(s, type, m, canInterface, depth);
        } else if (v instanceof Value.ArrayValue a) {
            return sequence(type, true, false, a.type(), a.elements(), 0, a.elements().length, m, canInterface, depth);
        } else if (v instanceof Value.SliceValue s) {
            return sequence(type, false, false, s.type(), s.array(), s.offset(), s.len(), m, canInterface, depth);
        } else if (v instanceof Value.MapValue map) {
            List<Operand.Entry> entries = new ArrayList<>();
            for (Value k : map.store().keys()) {
                entries.add(new Operand.Entry(of(k, canInterface, depth + 1),
                        of(map.store().get(k), canInterface, depth + 1)));
            }
            return new Operand.Map(type, false, entries, ADDRESS, m);
        } else if (v instanceof Value.PointerValue p) {
            Operand target = depth == 0 ? of(p.target().load(), canInterface, depth + 1) : null;
            return new Operand.Pointer(type, ADDRESS, target, m);
        } else if (v instanceof Value.RuntimeErrorValue) {
            return new Operand.Struct(type, List.of(), m);
        }
        return new Operand.Opaque(type, ADDRESS, m);
    }

    private static Operand nil(Value.NilValue n, String type, Methods m) {
        Type u = n.type().underlying();
        if (n.isNilInterface()) {
            return new Operand.NilInterface(type);
        } else if (u instanceof Type.Slice s) {
            return new Operand.Sequence(type, false, true, isByte(s.elem()), List.of(), 0, m);
        } else if (u instanceof Type.Map) {
            return new Operand.Map(type, true, List.of(), 0, m);
        } else if (u instanceof Type.Pointer) {
            return new Operand.Pointer(type, 0, null, m);
        }
        return new Operand.Opaque(type, 0, m);
    }

    private Operand struct(Value.StructValue s, String type, Methods m, boolean canInterface, int depth) {
        List<Type.Field> decl = ((Type.Struct) s.type().underlying()).fields();
        List<Operand.Field> fields = new ArrayList<>();
        for (int i = 0; i < decl.size(); i++) {
            String name = decl.get(i).name();
            boolean exported = !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
            fields.add(new Operand.Field(name, of(s.fields()[i], canInterface && exported, depth + 1)));
        }
        return new Operand.Struct(type, fields, m);
    }

    private Operand sequence(String type, boolean array, boolean nil, Type t, Value[] elems, int from, int len,
            Methods m, boolean canInterface, int depth) {
        Type u = t.underlying();
        Type elem = u instanceof Type.Array a ? a.elem() : ((Type.Slice) u).elem();
        List<Operand> out = new ArrayList<>(len);
        for (int i = 0; i < len; i++) {
            out.add(of(elems[from + i], canInterface, depth + 1));
        }
        return new Operand.Sequence(type, array, nil, isByte(elem), out, ADDRESS, m);
    }

    private static boolean isByte(Type elem) {
        return elem.underlying().basicKind() == BasicKind.UINT8;
    }

    /** Which of Error, String and GoString (each func() string) fmt can call on {@code v}. */
    private Methods methods(Value v) {
        if (v instanceof Value.RuntimeErrorValue) {
            return new Methods(true, false, false, v);
        }
        if (!(v.type() instanceof Type.Named) && !(v.type() instanceof Type.Pointer)
                && !(v.type() instanceof Type.Struct)) {
            return Methods.NONE;
        }
        boolean error = has(v, "Error");
        boolean stringer = has(v, "String");
        boolean goStringer = has(v, "GoString");
        return error || stringer || goStringer ? new Methods(error, stringer, goStringer, v) : Methods.NONE;
    }

    private boolean has(Value v, String name) {
        return Dispatch.stringMethod(program, v, name) != null;
    }
}
