package defercheck.lib.fmt;

import defercheck.lib.strconv.Quoting;
import defercheck.lib.utf8.Utf8;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * fmt's printer for one call (its pp): prints operands under a verb, calls methods through the replayed
 * results, and writes the %!verb(type=value) error forms. Composite values are {@link ValuePrinter}'s.
 */
final class Printer {

    /** The dynamic types printArg handles without looking for methods (reflect's names). */
    private static final Set<String> BASIC = Set.of("bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
            "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "string");

    final FmtState f = new FmtState();
    final GoVersion version;
    private final List<MethodResult> results;
    private int used;
    private Quoting quoting;

    /** The operand being printed at the top of printArg or handleMethods (p.arg); null when none. */
    Operand arg;
    /** The value being printed by printValue (p.value); null when none. */
    Operand value;
    boolean erroring;
    private boolean panicking;
    boolean wrapErrs;
    /** go1.20+: the argument indexes of %w verbs; go1.19: the one accepted. */
    final List<Integer> wrapped = new ArrayList<>();
    int currentArg;
    private final ValuePrinter values = new ValuePrinter(this);

    Printer(GoVersion version, List<MethodResult> results) {
        this.version = version;
        this.results = results;
    }

    Quoting quoting() {
        if (quoting == null) {
            quoting = Quoting.of(version);
        }
        return quoting;
    }

    /** The next method result, or a stop asking for the call. */
    private MethodResult call(Operand receiver, GoMethod method) {
        if (used < results.size()) {
            return results.get(used++);
        }
        throw new Stop(new Formatted.NeedsCall(receiver.methods().receiver(), method));
    }

    void printArg(Operand a, int verb) {
        arg = a;
        value = null;
        if (a instanceof Operand.Nil) {
            if (verb == 'T' || verb == 'v') {
                f.pad("<nil>");
            } else {
                badVerb(verb);
            }
            return;
        }
        if (verb == 'T') {
            TextFmt.fmtS(f, a.type());
            return;
        }
        if (verb == 'p') {
            values.fmtPointer(a, 'p');
            return;
        }
        if (BASIC.contains(a.type())) {
            printPrimitive(a, verb);
        } else if (a instanceof Operand.Sequence && a.type().equals("[]uint8")) {
            Operand.Sequence s = (Operand.Sequence) a;
            values.fmtBytes(s, verb, "[]byte");
        } else if (!handleMethods(verb)) {
            printValue(a, verb, 0);
        }
    }

    void printValue(Operand v, int verb, int depth) {
        if (depth > 0 && !(v instanceof Operand.NilInterface) && !(v instanceof Operand.Nil)) {
            arg = v;
            if (handleMethods(verb)) {
                return;
            }
        }
        arg = null;
        value = v;
        if (v instanceof Operand.Nil) {
            if (depth == 0) {
                f.buf.append("<invalid reflect.Value>");
            } else if (verb == 'v') {
                f.buf.append("<nil>");
            } else {
                badVerb(verb);
            }
        } else if (!printPrimitive(v, verb)) {
            values.printComposite(v, verb, depth);
        }
    }

    /** Prints a bool, integer, float, complex or string; false for other operands. */
    private boolean printPrimitive(Operand v, int verb) {
        if (v instanceof Operand.Bool) {
            fmtBool(((Operand.Bool) v).value(), verb);
        } else if (v instanceof Operand.Int) {
            Operand.Int i = (Operand.Int) v;
            fmtInteger(i.bits(), i.signed(), verb);
        } else if (v instanceof Operand.Float) {
            Operand.Float x = (Operand.Float) v;
            fmtFloat(x.value(), x.bitSize(), verb);
        } else if (v instanceof Operand.Complex) {
            Operand.Complex c = (Operand.Complex) v;
            fmtComplex(c.re(), c.im(), c.bitSize(), verb);
        } else if (v instanceof Operand.Str) {
            fmtString(((Operand.Str) v).value(), verb);
        } else {
            return false;
        }
        return true;
    }

    /**
     * fmt's handleMethods for {@link #arg}: %w's checks, then GoString for %#v, or Error or String for
     * %v %s %x %X %q. True when the operand was printed.
     */
    private boolean handleMethods(int verb) {
        if (erroring) {
            return false;
        }
        Operand a = arg;
        if (verb == 'w') {
            if (!acceptWrap(a)) {
                badVerb(verb);
                return true;
            }
            verb = 'v';
        }
        Methods m = a.methods();
        if (f.sharpV) {
            if (m.goStringer()) {
                MethodResult r = call(a, GoMethod.GO_STRING);
                if (r instanceof MethodResult.Returned) {
                    TextFmt.fmtS(f, ((MethodResult.Returned) r).text());
                } else {
                    catchPanic(a, verb, GoMethod.GO_STRING, ((MethodResult.Panicked) r).value());
                }
                return true;
            }
            return false;
        }
        if ("vsxXq".indexOf(verb) < 0 || !(m.error() || m.stringer())) {
            return false;
        }
        GoMethod method = m.error() ? GoMethod.ERROR : GoMethod.STRING;
        MethodResult r = call(a, method);
        if (r instanceof MethodResult.Returned) {
            fmtString(((MethodResult.Returned) r).text(), verb);
        } else {
            catchPanic(a, verb, method, ((MethodResult.Panicked) r).value());
        }
        return true;
    }

    /** %w takes an error, only in Errorf; go1.19 takes only the first. */
    private boolean acceptWrap(Operand a) {
        boolean ok = a.methods().error() && wrapErrs;
        if (version.minor() >= 20) {
            return ok;
        }
        if (!ok || !wrapped.isEmpty()) {
            wrapped.clear();
            wrapErrs = false;
            return false;
        }
        wrapped.add(currentArg);
        return true;
    }

    /** fmt's catchPanic: a method of {@code a} panicked with {@code panicValue}. */
    private void catchPanic(Operand a, int verb, GoMethod method, Operand panicValue) {
        if (panicValue instanceof Operand.Nil) {
            // recover() returned nil (panic(nil) before go1.21): catchPanic does nothing
            return;
        }
        if (a instanceof Operand.Pointer && ((Operand.Pointer) a).address() == 0) {
            f.buf.append("<nil>");
            return;
        }
        if (panicking) {
            throw new Stop(new Formatted.Panics(panicValue));
        }
        FmtState.Saved old = f.save();
        f.clearFlags();
        Utf8.appendRune(f.buf.append("%!"), verb).append("(PANIC=").append(method.goName()).append(" method: ");
        panicking = true;
        printArg(panicValue, 'v');
        panicking = false;
        f.buf.append(')');
        f.restore(old);
    }

    void badVerb(int verb) {
        erroring = true;
        Utf8.appendRune(f.buf.append("%!"), verb).append('(');
        if (arg != null && !(arg instanceof Operand.Nil)) {
            f.buf.append(arg.type()).append('=');
            printArg(arg, 'v');
        } else if (value != null && !(value instanceof Operand.Nil)) {
            f.buf.append(value.type()).append('=');
            printValue(value, 'v', 0);
        } else {
            f.buf.append("<nil>");
        }
        f.buf.append(')');
        erroring = false;
    }

    private void fmtBool(boolean v, int verb) {
        if (verb == 't' || verb == 'v') {
            TextFmt.fmtBoolean(f, v);
        } else {
            badVerb(verb);
        }
    }

    /** An unsigned hex number, with or without 0x, whatever the flags say. */
    void fmt0x64(long v, boolean leading0x) {
        boolean sharp = f.sharp;
        f.sharp = leading0x;
        IntegerFormat.fmtInteger(f, v, 16, false, 'v', IntegerFormat.LDIGITS);
        f.sharp = sharp;
    }

    void fmtInteger(long v, boolean isSigned, int verb) {
        switch (verb) {
            case 'v':
                if (f.sharpV && !isSigned) {
                    fmt0x64(v, true);
                } else {
                    IntegerFormat.fmtInteger(f, v, 10, isSigned, verb, IntegerFormat.LDIGITS);
                }
                break;
            case 'd':
                IntegerFormat.fmtInteger(f, v, 10, isSigned, verb, IntegerFormat.LDIGITS);
                break;
            case 'b':
                IntegerFormat.fmtInteger(f, v, 2, isSigned, verb, IntegerFormat.LDIGITS);
                break;
            case 'o':
            case 'O':
                IntegerFormat.fmtInteger(f, v, 8, isSigned, verb, IntegerFormat.LDIGITS);
                break;
            case 'x':
                IntegerFormat.fmtInteger(f, v, 16, isSigned, verb, IntegerFormat.LDIGITS);
                break;
            case 'X':
                IntegerFormat.fmtInteger(f, v, 16, isSigned, verb, IntegerFormat.UDIGITS);
                break;
            case 'c':
                IntegerFormat.fmtC(f, v);
                break;
            case 'q':
                IntegerFormat.fmtQc(f, v, quoting());
                break;
            case 'U':
                IntegerFormat.fmtUnicode(f, v, quoting());
                break;
            default:
                badVerb(verb);
        }
    }

    private void fmtFloat(double v, int size, int verb) {
        switch (verb) {
            case 'v':
                FloatFmt.fmtFloat(f, v, size, 'g', -1);
                break;
            case 'b':
            case 'g':
            case 'G':
            case 'x':
            case 'X':
                FloatFmt.fmtFloat(f, v, size, (char) verb, -1);
                break;
            case 'f':
            case 'e':
            case 'E':
                FloatFmt.fmtFloat(f, v, size, (char) verb, 6);
                break;
            case 'F':
                FloatFmt.fmtFloat(f, v, size, 'f', 6);
                break;
            default:
                badVerb(verb);
        }
    }

    private void fmtComplex(double re, double im, int size, int verb) {
        if ("vbgGxXfFeE".indexOf(verb) < 0) {
            badVerb(verb);
            return;
        }
        boolean oldPlus = f.plus;
        f.buf.append('(');
        fmtFloat(re, size / 2, verb);
        f.plus = true;
        fmtFloat(im, size / 2, verb);
        f.buf.append("i)");
        f.plus = oldPlus;
    }

    void fmtString(String v, int verb) {
        switch (verb) {
            case 'v':
                if (f.sharpV) {
                    TextFmt.fmtQ(f, v, quoting());
                } else {
                    TextFmt.fmtS(f, v);
                }
                break;
            case 's':
                TextFmt.fmtS(f, v);
                break;
            case 'x':
                TextFmt.fmtSbx(f, v, IntegerFormat.LDIGITS);
                break;
            case 'X':
                TextFmt.fmtSbx(f, v, IntegerFormat.UDIGITS);
                break;
            case 'q':
                TextFmt.fmtQ(f, v, quoting());
                break;
            default:
                badVerb(verb);
        }
    }

    /** Ends a run early: a method call is needed, or a panic escapes. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Formatted outcome;

        Stop(Formatted outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }
}
