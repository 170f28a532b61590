package defercheck.semantics;

import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import java.util.List;

/** Method values and interface method lookup (the itab), with the runtime's panics for nil receivers. */
final class MethodCalls {
    private final Host machine;

    MethodCalls(Host machine) {
        this.machine = machine;
    }

    boolean execute(Frame f, Instr in) {
        if (in instanceof Instr.BindMethod b) {
            Function fn = machine.program().function(b.function());
            f.push(new Value.FuncValue(withoutReceiver(fn), fn, new Box[0], f.pop()));
        } else if (in instanceof Instr.IfaceMethod m) {
            ifaceMethod(f, m);
        } else if (in instanceof Instr.PanicWrap p) {
            RuntimeErrors.plain(machine, f, "value method main." + p.type() + "." + p.method() + " called using nil *"
                    + p.type() + " pointer", p.span());
        } else {
            return false;
        }
        return true;
    }

    static Type.Func withoutReceiver(Function fn) {
        List<Type> ps = fn.type().params();
        return new Type.Func(ps.subList(1, ps.size()), fn.type().results(), fn.type().variadic());
    }

    private void ifaceMethod(Frame f, Instr.IfaceMethod m) {
        Value x = f.pop();
        if (x instanceof Value.NilValue n && n.isNilInterface()) {
            RuntimeErrors.nilDereference(machine, f, m.span());
            return;
        }
        Function fn = Dispatch.method(machine.program(), x, m.name());
        if (fn == null) {
            throw new AssertionError("no method " + m.name() + " for " + x.dynamicTypeName());
        }
        if (m.devirtualizable() && devirtualizationDecides(x, m)) {
            machine.finish(Outcome.Kind.REFUSED, 65, m.span(), m.span().position() + ": unsupported: "
                    + (m.kind() == Instr.IfaceCall.DEFER ? "defer of " : "call of ") + "the value method " + m.name()
                    + " through an interface holding a " + (x instanceof Value.NilValue ? "nil " : "") + "pointer, which gc"
                    + " may devirtualize (golang/go#52072): what happens depends on that choice\n");
            return;
        }
        f.push(new Value.FuncValue(withoutReceiver(fn), fn, new Box[0], x));
    }

    /**
     * Whether gc's devirtualization of this call would change what it does: the receiver is a pointer to a defined
     * type whose method is a value method; devirtualized, the pointer is dereferenced where the call (or, up to
     * Go 1.20, the defer statement) is, so a nil one faults instead of panicwrap and, deferred up to 1.20, the
     * value is copied early.
     */
    private boolean devirtualizationDecides(Value x, Instr.IfaceMethod m) {
        if (!(x.type() instanceof Type.Pointer p) || !(p.elem() instanceof Type.Named n)) {
            return false;
        }
        Type.MethodDecl decl = n.methods().get(m.name());
        if (decl == null || decl.pointerRecv()) {
            return false;
        }
        boolean nil = x instanceof Value.NilValue;
        if (m.kind() == Instr.IfaceCall.DEFER) {
            int minor = machine.version().minor();
            return minor <= 20 || (minor >= 22 && nil);
        }
        return m.kind() == Instr.IfaceCall.CALL && nil;
    }
}
