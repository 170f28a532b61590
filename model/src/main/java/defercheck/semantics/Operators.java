package defercheck.semantics;

import defercheck.ir.BinaryOp;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.semantics.Value.BoolValue;
import defercheck.semantics.Value.ComplexValue;
import defercheck.semantics.Value.FloatValue;
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
        if (b.op() == BinaryOp.EQ || b.op() == BinaryOp.NE) {
            Equality.Result r = Equality.compare(x, y, b.operandType());
            if (r.uncomparable() != null) {
                RuntimeErrors.raise(machine, f, "comparing uncomparable type " + r.uncomparable().runtimeName(),
                        b.span());
                return;
            }
            boolean eq = r.equal();
            f.push(BoolValue.of(b.op() == BinaryOp.EQ ? eq : !eq));
            return;
        }
        Arithmetic.Fault[] fault = new Arithmetic.Fault[1];
        Value r;
        if (x instanceof IntValue ix) {
            r = b.op() == BinaryOp.SHL || b.op() == BinaryOp.SHR ? Arithmetic.shift(b.op(), ix, (IntValue) y, fault)
                    : Arithmetic.ints(b.op(), ix, (IntValue) y, fault);
        } else if (x instanceof FloatValue fx) {
            r = Arithmetic.floats(b.op(), fx, (FloatValue) y);
        } else if (x instanceof ComplexValue cx) {
            r = Arithmetic.complexes(b.op(), cx, (ComplexValue) y);
        } else if (x instanceof StringValue sx) {
            r = Arithmetic.strings(b.op(), sx, (StringValue) y);
        } else {
            throw new AssertionError("operator " + b.op() + " on " + x);
        }
        if (r == null) {
            RuntimeErrors.raise(machine, f, fault[0] == Arithmetic.Fault.DIVIDE_BY_ZERO ? "integer divide by zero"
                    : "negative shift amount", b.span());
            return;
        }
        f.push(r);
    }

    void unary(Frame f, Instr.Unary u) {
        Value x = f.pop();
        f.push(switch (u.op()) {
            case PLUS -> x;
            case NOT -> new BoolValue(x.type(), !((BoolValue) x).value());
            case COMPLEMENT -> new IntValue(x.type(), ~((IntValue) x).value());
            case NEG -> negate(x);
        });
    }

    private static Value negate(Value x) {
        if (x instanceof IntValue i) {
            return new IntValue(i.type(), -i.value());
        } else if (x instanceof FloatValue fl) {
            return new FloatValue(fl.type(), -fl.value());
        }
        ComplexValue c = (ComplexValue) x;
        return new ComplexValue(c.type(), -c.re(), -c.im());
    }

    /** x.(T): mirrors runtime.assertE2I/panicdottype and their "interface conversion" messages. */
    void typeAssert(Frame f, Instr.TypeAssert t) {
        Value x = f.pop();
        boolean ok = Dispatch.holds(machine.program(), x, t.target());
        if (t.commaOk()) {
            f.push(ok ? Values.copy(x) : Zero.of(t.target()));
            f.push(BoolValue.of(ok));
        } else if (ok) {
            f.push(Values.copy(x));
        } else {
            machine.raisePanic(f, new Value.RuntimeErrorValue(RuntimeErrorKind.TYPE_ASSERTION,
                    assertionMessage(machine.program(), x, t)), t.span());
        }
    }

    private static String assertionMessage(defercheck.ir.Program p, Value x, Instr.TypeAssert t) {
        if (x instanceof NilValue n && n.isNilInterface()) {
            String source = t.target().isInterface() ? "interface" : t.sourceType().runtimeName();
            return "interface conversion: " + source + " is nil, not " + t.target().runtimeName();
        }
        if (t.target().isInterface()) {
            String missing = Dispatch.missingMethod(p, x, (Type.Interface) t.target().underlying());
            return "interface conversion: " + x.dynamicTypeName() + " is not " + t.target().runtimeName()
                    + ": missing method " + missing;
        }
        String concrete = x.dynamicTypeName();
        String asserted = t.target().runtimeName();
        // runtime.TypeAssertionError.Error: two types spelled alike are local types of different scopes
        String scopes = concrete.equals(asserted) ? " (types from different scopes)" : "";
        return "interface conversion: " + t.sourceType().runtimeName() + " is " + concrete + ", not " + asserted
                + scopes;
    }
}
