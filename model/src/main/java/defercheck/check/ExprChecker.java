package defercheck.check;

import defercheck.ir.Builtin;
import defercheck.ir.Constant;
import defercheck.ir.Type;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.BadExpr;
import defercheck.syntax.ast.BinaryExpr;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.CompositeLit;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.FloatLit;
import defercheck.syntax.ast.FuncLit;
import defercheck.syntax.ast.ImagLit;
import defercheck.syntax.ast.IndexExpr;
import defercheck.syntax.ast.KeyValueExpr;
import defercheck.syntax.ast.RuneLit;
import defercheck.syntax.ast.SliceExpr;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IntLit;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.SelectorExpr;
import defercheck.syntax.ast.StarExpr;
import defercheck.syntax.ast.StringLit;
import defercheck.syntax.ast.TypeAssertExpr;
import defercheck.syntax.ast.TypeOperand;
import defercheck.syntax.ast.UnaryExpr;
import java.math.BigInteger;
import java.util.List;

/** Checks operands: names, literals, selectors, function literals and type assertions. */
final class ExprChecker {

    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final Env env;

    ExprChecker(Env env) {
        this.env = env;
    }

    /** Checks {@code e}, records its type, and returns what it is. */
    Operand expr(Expr e) {
        Operand x = dispatch(e);
        if (x.mode() == Mode.VALUE || x.mode() == Mode.VARIABLE || x.mode() == Mode.CONSTANT) {
            env.info.types.putIfAbsent(e, x.type());
        }
        if (x.mode() == Mode.CONSTANT) {
            env.info.constants.putIfAbsent(e, x.value());
        }
        return x;
    }

    /** Checks {@code e} as a single value. */
    Operand value(Expr e) {
        return env.assign.single(expr(e));
    }

    private Operand dispatch(Expr e) {
        if (e instanceof Ident) {
            return ident((Ident) e, true);
        } else if (e instanceof FloatLit || e instanceof ImagLit || e instanceof RuneLit || e instanceof IndexExpr
                || e instanceof SliceExpr || e instanceof KeyValueExpr) {
            return refused(e);
        } else if (e instanceof IntLit) {
            return intLit((IntLit) e);
        } else if (e instanceof StringLit) {
            return Operand.untypedConst(e, new Constant.StringConst(((StringLit) e).value()));
        } else if (e instanceof ParenExpr) {
            return paren((ParenExpr) e);
        } else if (e instanceof FuncLit) {
            return funcLit((FuncLit) e);
        } else if (e instanceof SelectorExpr) {
            return selector((SelectorExpr) e);
        } else if (e instanceof CallExpr) {
            return env.calls.call((CallExpr) e);
        } else if (e instanceof TypeAssertExpr) {
            return typeAssert((TypeAssertExpr) e);
        } else if (e instanceof UnaryExpr) {
            return env.ops.unary((UnaryExpr) e);
        } else if (e instanceof StarExpr) {
            return star((StarExpr) e);
        } else if (e instanceof CompositeLit) {
            return compositeLit((CompositeLit) e);
        } else if (e instanceof BinaryExpr) {
            return env.ops.binary((BinaryExpr) e);
        } else if (e instanceof TypeOperand) {
            Type t = env.types.resolve(((TypeOperand) e).type());
            return t == null || t == Type.INVALID ? Operand.invalid(e) : new Operand(Mode.TYPE, t, null, false, List.of(), e, null);
        } else if (e instanceof BadExpr) {
            return Operand.invalid(e);
        }
        throw new AssertionError(e);
    }

    /** The constructs of the grammar that the model does not run yet, named once per file. */
    private Operand refused(Expr e) {
        String what = e instanceof FloatLit ? "floating-point numbers" : e instanceof ImagLit ? "complex numbers"
                : e instanceof RuneLit ? "rune literals" : e instanceof IndexExpr ? "index expressions"
                : e instanceof SliceExpr ? "slice expressions" : "keyed elements in composite literals";
        env.unsupported(e.span(), what);
        return Operand.invalid(e);
    }

    /** Resolves a name; {@code use} is false for the left side of an assignment, which is not a use. */
    Operand ident(Ident id, boolean use) {
        if (id.name().equals("_")) {
            env.error(id.span(), "cannot use _ as value");
            return Operand.invalid(id);
        }
        Obj o = env.scope().lookup(id.name());
        if (o == null) {
            env.error(id.span(), "undefined: " + id.name());
            return Operand.invalid(id);
        }
        if (o instanceof BadObj) {
            return Operand.invalid(id);
        }
        env.info.uses.put(id, o);
        if (!env.packageVars.use(o)) {
            return Operand.invalid(id);
        }
        if (o instanceof Var) {
            return variable(id, (Var) o, use);
        } else if (o instanceof FuncObj) {
            return new Operand(Mode.VALUE, ((FuncObj) o).type(), null, false, List.of(), id, o);
        } else if (o instanceof TypeObj) {
            Type t = ((TypeObj) o).type();
            return t == Type.INVALID ? Operand.invalid(id) : new Operand(Mode.TYPE, t, null, false, List.of(), id, o);
        } else if (o instanceof BuiltinObj) {
            return new Operand(Mode.BUILTIN, null, null, false, List.of(), id, o);
        } else if (o instanceof ConstObj) {
            return Operand.untypedConst(id, ((ConstObj) o).value());
        } else if (o instanceof NilObj) {
            return new Operand(Mode.NIL, Type.UNTYPED_NIL, null, false, List.of(), id, o);
        } else if (o instanceof PackageObj) {
            ((PackageObj) o).markUsed();
            return new Operand(Mode.PACKAGE, null, null, false, List.of(), id, o);
        }
        throw new AssertionError(o);
    }

    private Operand variable(Ident id, Var v, boolean use) {
        if (use) {
            v.markUsed();
        }
        if (v.owner() != null && env.ctx != null && v.owner() != env.ctx.info) {
            v.markCaptured();
        }
        if (v.type() == Type.INVALID) {
            return Operand.invalid(id);
        }
        return new Operand(Mode.VARIABLE, v.type(), null, false, List.of(), id, v);
    }

    private Operand intLit(IntLit e) {
        if (e.value().compareTo(MAX) > 0) {
            env.unsupported(e.span(), "integer constant " + e.text() + " overflows int64");
            return Operand.invalid(e);
        }
        return Operand.untypedConst(e, new Constant.IntConst(e.value().longValue()));
    }

    private Operand paren(ParenExpr e) {
        Operand x = expr(e.x());
        return new Operand(x.mode(), x.type(), x.value(), x.untyped(), x.tuple(), e, x.obj());
    }

    private Operand funcLit(FuncLit e) {
        Type.Func sig = env.types.signature(e.type());
        FuncInfo parent = env.ctx != null ? env.ctx.info : env.info.init;
        FuncInfo fi = new FuncInfo(sig, e.span(), e.body(), parent);
        env.info.funcs.put(e, fi);
        env.stmts.funcBody(fi, e.type());
        return Operand.value(e, sig);
    }

    private Operand selector(SelectorExpr e) {
        if (e.x() instanceof Ident && env.scope().lookup(((Ident) e.x()).name()) instanceof PackageObj) {
            PackageObj pkg = (PackageObj) ident((Ident) e.x(), true).obj();
            if (!pkg.supported()) {
                return Operand.invalid(e);
            }
            String name = pkg.path() + "." + e.sel().name();
            Builtin b = Universe.MEMBERS.get(name);
            if (b == null) {
                env.unsupported(e.span(), name);
                return Operand.invalid(e);
            }
            return new Operand(Mode.BUILTIN, null, null, false, List.of(), e, new BuiltinObj(name, b));
        }
        Operand x = expr(e.x());
        if (!x.invalid()) {
            env.unsupported(e.span(), "fields and methods", "selector " + ExprPrinter.print(e) + " (fields and methods)");
        }
        return Operand.invalid(e);
    }

    /**
     * {@code T{}} for an empty struct or array type T: its zero value. Array literals with elements are
     * outside the subset; an empty struct has no fields to give values to (go/types literal checks).
     */
    private Operand compositeLit(CompositeLit e) {
        if (e.type() == null) {
            env.unsupported(e.span(), "composite literals with elided types");
            return Operand.invalid(e);
        }
        Operand t = expr(e.type());
        if (t.invalid()) {
            return Operand.invalid(e);
        }
        if (t.mode() != Mode.TYPE) {
            env.error(e.type().span(), ExprPrinter.print(e.type()) + " is not a type");
            return Operand.invalid(e);
        }
        Type u = t.type().underlying();
        if (!(u instanceof Type.Struct) && !(u instanceof Type.Array)) {
            env.error(e.type().span(), "invalid composite literal type " + t.type());
            return Operand.invalid(e);
        }
        if (!e.elts().isEmpty()) {
            if (u instanceof Type.Struct) {
                env.error(e.elts().get(0).span(), "too many values in " + (env.version.atLeast(20)
                        ? "struct literal of type " + t.type() : ExprPrinter.print(e)));
            } else {
                env.unsupported(e.elts().get(0).span(), "array literals with elements");
            }
            return Operand.invalid(e);
        }
        return Operand.value(e, t.type());
    }

    /** {@code *x}: the pointer type when x is a type, else an indirection, which is addressable (go/types unary '*'). */
    private Operand star(StarExpr e) {
        Operand x = expr(e.x());
        if (x.mode() == Mode.TYPE) {
            return new Operand(Mode.TYPE, new Type.Pointer(x.type()), null, false, List.of(), e, null);
        }
        x = env.assign.single(x);
        if (x.invalid()) {
            return Operand.invalid(e);
        }
        if (x.mode() == Mode.NIL) {
            env.error(e.x().span(), "invalid operation: cannot indirect nil");
            return Operand.invalid(e);
        }
        if (x.untyped() || !(x.type() instanceof Type.Pointer)) {
            env.error(e.x().span(), "invalid operation: cannot indirect " + x.describe());
            return Operand.invalid(e);
        }
        return new Operand(Mode.VARIABLE, ((Type.Pointer) x.type()).elem(), null, false, List.of(), e, null);
    }

    /**
     * {@code &x} for a local variable x (go/types unary '&': the operand must be addressable). The variable
     * is then boxed. Package-level variables and {@code &*p} are outside the subset.
     */
    Operand address(UnaryExpr e) {
        Operand x = value(e.x());
        if (x.invalid()) {
            return Operand.invalid(e);
        }
        if (x.mode() != Mode.VARIABLE) {
            env.error(e.x().span(), "invalid operation: cannot take address of " + x.describe());
            return Operand.invalid(e);
        }
        if (!(x.obj() instanceof Var)) {
            env.unsupported(e.span(), "&" + ExprPrinter.print(e.x()) + " (only the address of a variable)");
            return Operand.invalid(e);
        }
        Var v = (Var) x.obj();
        if (v.kind() == Var.Kind.GLOBAL) {
            env.unsupported(e.span(), "the address of package-level variable " + v.name());
            return Operand.invalid(e);
        }
        v.markAddressed();
        return Operand.value(e, new Type.Pointer(x.type()));
    }

    private Operand typeAssert(TypeAssertExpr e) {
        if (e.type() == null) {
            return env.switches.misplacedGuard(e);
        }
        Operand x = value(e.x());
        Type t = env.types.resolve(e.type());
        if (x.invalid() || t == null) {
            return Operand.invalid(e);
        }
        if (x.untyped() || x.mode() == Mode.NIL || !x.type().isInterface()) {
            env.error(e.x().span(), "invalid operation: " + x.describe() + " is not an interface");
            return Operand.invalid(e);
        }
        if (x.type().equals(Type.ERROR) && !t.isInterface()) {
            env.error(e.type().span(), "impossible type assertion: " + ExprPrinter.print(e) + "\n\t" + t
                    + " does not implement error (missing method Error)");
            return Operand.invalid(e);
        }
        return Operand.value(e, t);
    }
}
