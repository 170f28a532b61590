package defercheck.semantics;

import defercheck.ir.BinaryOp;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.semantics.Value.ArrayValue;
import defercheck.semantics.Value.BoolValue;
import defercheck.semantics.Value.IntValue;
import defercheck.semantics.Value.NilValue;
import defercheck.semantics.Value.StringValue;

/** Go's operators on run-time values, including the runtime panics they raise. */
final class Operators {
    private final Host machine;

    Operators(Host machine) {
        this.machine = machine;
    }

    void binary(Frame f, Instr.Binary b) {
        Value y = f.pop();
        Value x = f.pop();
        if ((b.op() == BinaryOp.EQ || b.op() == BinaryOp.NE) && b.operandType().isInterface() && uncomparable(x, y)) {
            RuntimeErrors.raise(machine, f, "comparing uncomparable type " + x.dynamicTypeName(), b.span());
            return;
        }
        switch (b.op()) {
            case EQ:
                f.push(BoolValue.of(equal(x, y)));
                return;
            case NE:
                f.push(BoolValue.of(!equal(x, y)));
                return;
            default:
                break;
        }
        if (x instanceof StringValue sx) {
            f.push(stringOp(b, sx.value(), ((StringValue) y).value()));
        } else if (x instanceof IntValue ix) {
            Value r = intOp(f, b, ix.value(), ((IntValue) y).value());
            if (r != null) {
                f.push(r);
            }
        } else {
            throw new AssertionError("operator " + b.op() + " on " + x);
        }
    }

    private static Value stringOp(Instr.Binary b, String x, String y) {
        switch (b.op()) {
            case ADD: return new StringValue(x + y);
            case LT: return BoolValue.of(x.compareTo(y) < 0);
            case LE: return BoolValue.of(x.compareTo(y) <= 0);
            case GT: return BoolValue.of(x.compareTo(y) > 0);
            case GE: return BoolValue.of(x.compareTo(y) >= 0);
            default: throw new AssertionError(b.op() + " on strings");
        }
    }

    /** Integer arithmetic wraps like Go's int64; null means a runtime panic was raised instead. */
    private Value intOp(Frame f, Instr.Binary b, long x, long y) {
        switch (b.op()) {
            case ADD: return new IntValue(x + y);
            case SUB: return new IntValue(x - y);
            case MUL: return new IntValue(x * y);
            case DIV:
            case REM:
                if (y == 0) {
                    RuntimeErrors.raise(machine, f, "integer divide by zero", b.span());
                    return null;
                }
                return new IntValue(b.op() == defercheck.ir.BinaryOp.DIV ? x / y : x % y);
            case AND_BITS: return new IntValue(x & y);
            case OR_BITS: return new IntValue(x | y);
            case XOR: return new IntValue(x ^ y);
            case AND_NOT: return new IntValue(x & ~y);
            case SHL:
            case SHR:
                return shift(f, b, x, y);
            case LT: return BoolValue.of(x < y);
            case LE: return BoolValue.of(x <= y);
            case GT: return BoolValue.of(x > y);
            case GE: return BoolValue.of(x >= y);
            default: throw new AssertionError(b.op());
        }
    }

    private Value shift(Frame f, Instr.Binary b, long x, long y) {
        if (y < 0) {
            RuntimeErrors.raise(machine, f, "negative shift amount", b.span());
            return null;
        }
        if (b.op() == defercheck.ir.BinaryOp.SHL) {
            return new IntValue(y >= 64 ? 0 : x << y);
        }
        return new IntValue(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
    }

    /**
     * Mirrors runtime.efaceeq: two interfaces with the same dynamic type compare with that type's equality,
     * and a func type (or an array of funcs) has none.
     */
    private static boolean uncomparable(Value x, Value y) {
        if (x instanceof NilValue n && n.isNilInterface() || !x.dynamicTypeName().equals(y.dynamicTypeName())) {
            return false;
        }
        return x instanceof Value.FuncValue || x instanceof NilValue n && n.type() instanceof Type.Func
                || x instanceof ArrayValue a && !a.type().isComparable();
    }

    /**
     * Go's ==: a nil interface equals only a nil interface; a nil func inside an interface is not nil;
     * arrays are equal when their types are identical and their elements equal.
     */
    static boolean equal(Value x, Value y) {
        if (x instanceof NilValue nx && y instanceof NilValue ny) {
            return nx.isNilInterface() == ny.isNilInterface()
                    && (nx.isNilInterface() || nx.type().equals(ny.type()));
        }
        if (x instanceof ArrayValue ax && y instanceof ArrayValue ay) {
            if (!ax.type().equals(ay.type())) {
                return false;
            }
            for (int i = 0; i < ax.elements().size(); i++) {
                if (!equal(ax.elements().get(i), ay.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return x.equals(y);
    }

    void unary(Frame f, Instr.Unary u) {
        Value x = f.pop();
        switch (u.op()) {
            case NEG: f.push(new IntValue(-((IntValue) x).value())); break;
            case PLUS: f.push(x); break;
            case COMPLEMENT: f.push(new IntValue(~((IntValue) x).value())); break;
            case NOT: f.push(BoolValue.of(!((BoolValue) x).value())); break;
            default: throw new AssertionError(u.op());
        }
    }

    /** x.(T): mirrors runtime.assertE2I/panicdottype and their "interface conversion" messages. */
    void typeAssert(Frame f, Instr.TypeAssert t) {
        Value x = f.pop();
        boolean ok = holds(x, t.target());
        if (t.commaOk()) {
            f.push(ok ? x : Zero.of(t.target()));
            f.push(BoolValue.of(ok));
        } else if (ok) {
            f.push(x);
        } else {
            machine.raisePanic(f, new Value.RuntimeErrorValue(RuntimeErrorKind.TYPE_ASSERTION,
                    assertionMessage(x, t)), t.span());
        }
    }

    private static boolean holds(Value x, Type target) {
        if (x instanceof NilValue n && n.isNilInterface()) {
            return false;
        }
        if (target instanceof Type.Interface i) {
            return !i.error() || x instanceof Value.RuntimeErrorValue;
        }
        if (x instanceof IntValue) {
            return target.equals(Type.INT);
        } else if (x instanceof StringValue) {
            return target.equals(Type.STRING);
        } else if (x instanceof BoolValue) {
            return target.equals(Type.BOOL);
        } else if (x instanceof Value.FuncValue fv) {
            return target.equals(fv.function().type());
        } else if (x instanceof NilValue n) {
            return target.equals(n.type());
        } else if (x instanceof ArrayValue a) {
            return target.equals(a.type());
        } else if (x instanceof Value.PointerValue p) {
            return target.equals(p.type());
        } else if (x instanceof Value.StructValue s) {
            return target.equals(s.type());
        }
        return false;
    }

    private static String assertionMessage(Value x, Instr.TypeAssert t) {
        if (x instanceof NilValue n && n.isNilInterface()) {
            String source = t.target().isInterface() ? "interface" : t.sourceType().runtimeName();
            return "interface conversion: " + source + " is nil, not " + t.target().runtimeName();
        }
        if (t.target() instanceof Type.Interface i && i.error()) {
            return "interface conversion: " + x.dynamicTypeName() + " is not error: missing method Error";
        }
        return "interface conversion: " + t.sourceType().runtimeName() + " is " + x.dynamicTypeName() + ", not "
                + t.target().runtimeName();
    }
}
