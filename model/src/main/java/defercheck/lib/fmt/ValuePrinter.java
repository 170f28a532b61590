package defercheck.lib.fmt;

import java.util.ArrayList;
import java.util.List;

/**
 * The composite half of fmt's printValue: maps (sorted by key), structs (with field names for %+v and %#v),
 * arrays and slices (bytes as a string under %s %q %x %X), pointers ({@code &} and the value at the top
 * level, else the address) and nil interfaces; and fmtPointer for %p and pointer-like values.
 */
final class ValuePrinter {

    private final Printer p;

    ValuePrinter(Printer p) {
        this.p = p;
    }

    void printComposite(Operand v, int verb, int depth) {
        FmtState f = p.f;
        if (v instanceof Operand.Map) {
            printMap((Operand.Map) v, verb, depth);
        } else if (v instanceof Operand.Struct) {
            printStruct((Operand.Struct) v, verb, depth);
        } else if (v instanceof Operand.NilInterface) {
            f.buf.append(f.sharpV ? v.type() + "(nil)" : "<nil>");
        } else if (v instanceof Operand.Sequence) {
            printSequence((Operand.Sequence) v, verb, depth);
        } else if (v instanceof Operand.Pointer) {
            Operand.Pointer ptr = (Operand.Pointer) v;
            Operand target = ptr.target();
            if (depth == 0 && ptr.address() != 0 && (target instanceof Operand.Sequence
                    || target instanceof Operand.Struct || target instanceof Operand.Map)) {
                f.buf.append('&');
                p.printValue(target, verb, depth + 1);
                return;
            }
            fmtPointer(v, verb);
        } else if (v instanceof Operand.Opaque) {
            fmtPointer(v, verb);
        } else {
            throw new AssertionError(v);
        }
    }

    private void printMap(Operand.Map m, int verb, int depth) {
        FmtState f = p.f;
        if (f.sharpV) {
            f.buf.append(m.type());
            if (m.nil()) {
                f.buf.append("(nil)");
                return;
            }
            f.buf.append('{');
        } else {
            f.buf.append("map[");
        }
        List<Operand.Entry> sorted = new ArrayList<>(m.entries());
        sorted.sort((a, b) -> MapKeyOrder.compare(a.key(), b.key()));
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                f.buf.append(f.sharpV ? ", " : " ");
            }
            p.printValue(sorted.get(i).key(), verb, depth + 1);
            f.buf.append(':');
            p.printValue(sorted.get(i).value(), verb, depth + 1);
        }
        f.buf.append(f.sharpV ? '}' : ']');
    }

    private void printStruct(Operand.Struct s, int verb, int depth) {
        FmtState f = p.f;
        if (f.sharpV) {
            f.buf.append(s.type());
        }
        f.buf.append('{');
        for (int i = 0; i < s.fields().size(); i++) {
            Operand.Field field = s.fields().get(i);
            if (i > 0) {
                f.buf.append(f.sharpV ? ", " : " ");
            }
            if ((f.plusV || f.sharpV) && !field.name().isEmpty()) {
                f.buf.append(field.name()).append(':');
            }
            p.printValue(field.value(), verb, depth + 1);
        }
        f.buf.append('}');
    }

    private void printSequence(Operand.Sequence s, int verb, int depth) {
        FmtState f = p.f;
        if (s.byteElements() && "sqxX".indexOf(verb) >= 0) {
            fmtBytes(s, verb, s.type());
            return;
        }
        if (f.sharpV) {
            f.buf.append(s.type());
            if (!s.array() && s.nil()) {
                f.buf.append("(nil)");
                return;
            }
            f.buf.append('{');
            for (int i = 0; i < s.elements().size(); i++) {
                if (i > 0) {
                    f.buf.append(", ");
                }
                p.printValue(s.elements().get(i), verb, depth + 1);
            }
            f.buf.append('}');
        } else {
            f.buf.append('[');
            for (int i = 0; i < s.elements().size(); i++) {
                if (i > 0) {
                    f.buf.append(' ');
                }
                p.printValue(s.elements().get(i), verb, depth + 1);
            }
            f.buf.append(']');
        }
    }

    /** fmtPointer: chans, funcs, maps, pointers, slices and unsafe pointers print their address. */
    void fmtPointer(Operand v, int verb) {
        long u;
        if (v instanceof Operand.Pointer) {
            u = ((Operand.Pointer) v).address();
        } else if (v instanceof Operand.Opaque) {
            u = ((Operand.Opaque) v).address();
        } else if (v instanceof Operand.Map) {
            u = ((Operand.Map) v).address();
        } else if (v instanceof Operand.Sequence && !((Operand.Sequence) v).array()) {
            u = ((Operand.Sequence) v).address();
        } else {
            p.badVerb(verb);
            return;
        }
        FmtState f = p.f;
        switch (verb) {
            case 'v':
                if (f.sharpV) {
                    f.buf.append('(').append(v.type()).append(")(");
                    if (u == 0) {
                        f.buf.append("nil");
                    } else {
                        p.fmt0x64(u, true);
                    }
                    f.buf.append(')');
                } else if (u == 0) {
                    f.pad("<nil>");
                } else {
                    p.fmt0x64(u, !f.sharp);
                }
                break;
            case 'p':
                p.fmt0x64(u, !f.sharp);
                break;
            case 'b':
            case 'o':
            case 'd':
            case 'x':
            case 'X':
                p.fmtInteger(u, false, verb);
                break;
            default:
                p.badVerb(verb);
        }
    }

    /** A byte slice or array: %v %d as numbers, %s %q %x %X as a string, other verbs element by element. */
    void fmtBytes(Operand.Sequence s, int verb, String typeString) {
        FmtState f = p.f;
        String bytes = bytesOf(s);
        switch (verb) {
            case 'v':
            case 'd':
                if (f.sharpV) {
                    f.buf.append(typeString);
                    if (s.nil()) {
                        f.buf.append("(nil)");
                        return;
                    }
                    f.buf.append('{');
                    for (int i = 0; i < bytes.length(); i++) {
                        if (i > 0) {
                            f.buf.append(", ");
                        }
                        p.fmt0x64(bytes.charAt(i), true);
                    }
                    f.buf.append('}');
                } else {
                    f.buf.append('[');
                    for (int i = 0; i < bytes.length(); i++) {
                        if (i > 0) {
                            f.buf.append(' ');
                        }
                        IntegerFormat.fmtInteger(f, bytes.charAt(i), 10, false, verb, IntegerFormat.LDIGITS);
                    }
                    f.buf.append(']');
                }
                break;
            case 's':
                TextFmt.fmtS(f, bytes);
                break;
            case 'x':
                TextFmt.fmtSbx(f, bytes, IntegerFormat.LDIGITS);
                break;
            case 'X':
                TextFmt.fmtSbx(f, bytes, IntegerFormat.UDIGITS);
                break;
            case 'q':
                TextFmt.fmtQ(f, bytes, p.quoting());
                break;
            default:
                p.printValue(s, verb, 0);
        }
    }

    /** The bytes of a sequence of uint8 elements, as a byte string. */
    static String bytesOf(Operand.Sequence s) {
        StringBuilder b = new StringBuilder(s.elements().size());
        for (Operand e : s.elements()) {
            b.append((char) (((Operand.Int) e).bits() & 0xFF));
        }
        return b.toString();
    }
}
