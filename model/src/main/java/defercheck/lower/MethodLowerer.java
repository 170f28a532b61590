package defercheck.lower;

import defercheck.check.Lookup;
import defercheck.check.Var;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.DeferStmt;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.SelectorExpr;
import java.util.List;

/**
 * Method values, method expressions and method calls. A method call is the call of its method value: the
 * receiver is evaluated (and, for a value receiver, copied) where the selector is, so {@code defer x.M()} binds
 * the receiver at the defer statement; a value method of a pointer dereferences it there.
 */
final class MethodLowerer {

    private final FunctionLowerer f;
    private Instr.IfaceCall use = Instr.IfaceCall.CALL;

    MethodLowerer(FunctionLowerer f) {
        this.f = f;
    }

    /** A selector that denotes a method: its method value, or for {@code T.M} the method expression's function. */
    void selector(SelectorExpr e, Lookup.Selection s) {
        if (f.ctx.info.isMethodExpr(e)) {
            f.ctx.methodSets().methodExpr(f, e, s);
            return;
        }
        Instr.IfaceCall outer = use;
        use = Instr.IfaceCall.VALUE;
        bind(e, s);
        use = outer;
    }

    /** Pushes the bound method of a method call and returns true; false when {@code c} is not a method call. */
    boolean callee(CallExpr c) {
        return callee(c, Instr.IfaceCall.CALL);
    }

    /** The same for the call of a defer statement. */
    boolean deferredCallee(CallExpr c) {
        return callee(c, Instr.IfaceCall.DEFER);
    }

    private boolean callee(CallExpr c, Instr.IfaceCall kind) {
        Expr fun = AddressLowerer.unparen(c.fun());
        if (!(fun instanceof SelectorExpr s)) {
            return false;
        }
        Lookup.Selection sel = f.ctx.info.selection(s);
        if (sel == null || !sel.isMethod() || f.ctx.info.isMethodExpr(s)) {
            return false;
        }
        use = kind;
        bind(s, sel);
        use = Instr.IfaceCall.CALL;
        return true;
    }

    /** The receiver arguments a method call pushes besides its bound method: none, the method value carries it. */
    int receiverArgs(CallExpr c) {
        return 0;
    }

    /** Evaluates the receiver of {@code e} and binds the method to it. */
    private void bind(SelectorExpr e, Lookup.Selection s) {
        Span at = e.span();
        Type xt = f.exprs.typeOf(e.x());
        boolean iface = s.kind() == Lookup.Selection.Kind.INTERFACE_METHOD;
        boolean wantPointer = !iface && s.method().pointerRecv();
        Navigator nav = new Navigator(f::emit, at);
        if (xt.underlying() instanceof Type.Pointer p) {
            f.expr(e.x());
            nav.startPointer(p.elem());
        } else if (wantPointer && s.path().isEmpty() || wantPointer && !pathHasPointer(xt, s.path())) {
            f.addresses.address(e.x());
            nav.startPointer(xt);
        } else {
            f.expr(e.x());
            nav.startValue(xt);
        }
        nav.walk(s.path());
        if (iface) {
            nav.toValue();
            f.emit(new Instr.IfaceMethod(s.ifaceMethod().name(), use, use != Instr.IfaceCall.VALUE
                    && devirtualizable(e.x(), s), at));
            return;
        }
        if (wantPointer) {
            nav.toPointer();
        } else {
            nav.toValue();
        }
        f.emit(new Instr.BindMethod(f.ctx.methodFunctionId(s.method()), at));
    }

    /** Whether an embedded pointer on the path gives the pointer receiver, so that x itself need not be addressable. */
    private static boolean pathHasPointer(Type t, List<Integer> path) {
        Type cur = t;
        for (int i : path) {
            Type.Field fd = ((Type.Struct) cur.underlying()).fields().get(i);
            if (fd.type().underlying() instanceof Type.Pointer p) {
                return true;
            }
            cur = fd.type();
        }
        return false;
    }

    /**
     * gc devirtualizes an interface call whose receiver is a local variable, never reassigned nor addressed, that was
     * initialized from a concrete value (ir.StaticValue): then the call is a direct call. Whether that happens is
     * marked so that the machines can refuse the cases where it changes the outcome.
     */
    private boolean devirtualizable(Expr x, Lookup.Selection s) {
        if (!s.path().isEmpty()) {
            return false;
        }
        Expr r = AddressLowerer.unparen(x);
        return r instanceof Ident id && f.ctx.info.objectOf(id) instanceof Var v && v.kind() == Var.Kind.LOCAL
                && !v.reassigned() && !v.addressed();
    }

    /** Whether a defer statement's call is a method call. */
    boolean isMethodCall(DeferStmt s) {
        return s.call() instanceof CallExpr c && AddressLowerer.unparen(c.fun()) instanceof SelectorExpr sel
                && f.ctx.info.selection(sel) != null && f.ctx.info.selection(sel).isMethod();
    }
}
