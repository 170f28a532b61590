package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.BadExpr;
import defercheck.syntax.ast.BinaryExpr;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.CompositeLit;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.FloatLit;
import defercheck.syntax.ast.FuncLit;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.ImagLit;
import defercheck.syntax.ast.IndexExpr;
import defercheck.syntax.ast.IntLit;
import defercheck.syntax.ast.KeyValueExpr;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.RuneLit;
import defercheck.syntax.ast.SelectorExpr;
import defercheck.syntax.ast.SliceExpr;
import defercheck.syntax.ast.StarExpr;
import defercheck.syntax.ast.StringLit;
import defercheck.syntax.ast.TypeAssertExpr;
import defercheck.syntax.ast.TypeOperand;
import defercheck.syntax.ast.UnaryExpr;
import java.util.List;

/**
 * Checks operands: names, literals, function literals, indirections and type assertions; the other forms go to
 * their checkers (operators, calls, selectors, composite literals, index and slice expressions).
 */
final class ExprChecker {

    private final Env env;

    ExprChecker(Env env) {
        this.env = env;
    }

    /** Checks {@code e}, records its type (and a typed constant's value), and returns what it is. */
    Operand expr(Expr e) {
        Operand x = dispatch(e);
        if (x.type() != null && (x.mode() == Mode.VALUE || x.mode() == Mode.VARIABLE || x.mode() == Mode.CONSTANT
                || x.mode() == Mode.MAPINDEX || x.mode() == Mode.COMMAOK)) {
            env.info.types.putIfAbsent(e, x.type());
            if (x.isConstant() && !x.untyped()) {
                env.info.constants.put(e, ConstOps.toIr(x.value(), x.type()));
            } else if (x.isConstant()) {
                env.untypedConsts.put(e, x.value());
            }
        }
        return x;
    }

    /** Checks {@code e} as a single value. */
    Operand value(Expr e) {
        return env.assign.single(expr(e));
    }

    private Operand dispatch(Expr e) {
        if (e instanceof Ident id) {
            return ident(id, true);
        } else if (e instanceof IntLit l) {
            return Operand.untypedConst(e, Type.UNTYPED_INT, new ConstValue.IntVal(l.value()));
        } else if (e instanceof FloatLit l) {
            return Operand.untypedConst(e, Type.UNTYPED_FLOAT, new ConstValue.RatVal(Literals.floatValue(l.text())));
        } else if (e instanceof ImagLit l) {
            return Operand.untypedConst(e, Type.UNTYPED_COMPLEX,
                    new ConstValue.ComplexVal(BigRational.ZERO, Literals.imagValue(l.text())));
        } else if (e instanceof RuneLit l) {
            return Operand.untypedConst(e, Type.UNTYPED_RUNE, ConstValue.IntVal.of(l.value()));
        } else if (e instanceof StringLit l) {
            return Operand.untypedConst(e, Type.UNTYPED_STRING, new ConstValue.StringVal(l.value()));
        } else if (e instanceof ParenExpr p) {
            return expr(p.x()).withExpr(e);
        } else if (e instanceof FuncLit f) {
            return funcLit(f);
        }
        return dispatchOther(e);
    }

    private Operand dispatchOther(Expr e) {
        if (e instanceof SelectorExpr s) {
            return env.selectors.selector(s);
        } else if (e instanceof CallExpr c) {
            return env.calls.call(c);
        } else if (e instanceof IndexExpr ix) {
            return env.indexes.index(ix);
        } else if (e instanceof SliceExpr s) {
            return env.indexes.slice(s);
        } else if (e instanceof TypeAssertExpr a) {
            return typeAssert(a);
        } else if (e instanceof UnaryExpr u) {
            return env.ops.unary(u);
        } else if (e instanceof StarExpr s) {
            return star(s);
        } else if (e instanceof CompositeLit c) {
            return env.composites.literal(c, null);
        } else if (e instanceof BinaryExpr b) {
            return env.ops.binary(b);
        } else if (e instanceof TypeOperand t) {
            return Operand.typeExpr(e, orInvalid(env.types.resolve(t.type())));
        } else if (e instanceof KeyValueExpr) {
            env.error(e.span(), "unexpected key:value expression");
            return Operand.invalid(e);
        } else if (e instanceof BadExpr) {
            return Operand.invalid(e);
        }
        throw new AssertionError(e);
    }

    private static Type orInvalid(Type t) {
        return t == null ? Type.INVALID : t;
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
        if (o instanceof Var v) {
            return variable(id, v, use);
        } else if (o instanceof FuncObj f) {
            if (f.type().params().stream().anyMatch(Types::broken) || f.type().results().stream().anyMatch(Types::broken)) {
                return Operand.invalid(id);
            }
            return new Operand(Mode.VALUE, f.type(), null, List.of(), id, o);
        } else if (o instanceof TypeObj t) {
            return t.type() == Type.INVALID ? Operand.invalid(id) : new Operand(Mode.TYPE, t.type(), null, List.of(), id, o);
        } else if (o instanceof BuiltinObj) {
            return new Operand(Mode.BUILTIN, null, null, List.of(), id, o);
        } else if (o instanceof ConstObj c) {
            return constant(id, c);
        } else if (o instanceof NilObj) {
            return new Operand(Mode.NIL, Type.UNTYPED_NIL, null, List.of(), id, o);
        } else if (o instanceof GenericFunc) {
            return env.instantiation.uninstantiated(id);
        } else if (o instanceof GenericType g) {
            env.error(id.span(), "cannot use generic type " + g.name() + " without instantiation");
            return Operand.invalid(id);
        } else if (o instanceof PackageObj p) {
            p.markUsed();
            return new Operand(Mode.PACKAGE, null, null, List.of(), id, o);
        }
        throw new AssertionError(o);
    }

    private Operand constant(Ident id, ConstObj c) {
        if (c == Universe.IOTA) {
            if (env.iota == null) {
                env.error(id.span(), "cannot use iota outside constant declaration");
                return Operand.invalid(id);
            }
            return Operand.untypedConst(id, Type.UNTYPED_INT, ConstValue.IntVal.of(env.iota));
        }
        if (c.value() == null) {
            return Operand.invalid(id);
        }
        return new Operand(Mode.CONSTANT, c.type(), c.value(), List.of(), id, c);
    }

    private Operand variable(Ident id, Var v, boolean use) {
        if (use) {
            v.markUsed();
        }
        if (v.owner() != null && env.ctx != null && v.owner() != env.ctx.owner) {
            v.markCaptured();
        }
        if (Types.broken(v.type())) {
            return Operand.invalid(id);
        }
        return new Operand(Mode.VARIABLE, v.type(), null, List.of(), id, v);
    }

    private Operand funcLit(FuncLit e) {
        Type.Func sig = env.types.signature(e.type());
        FuncInfo parent = env.ctx != null ? env.ctx.owner : env.info.init;
        FuncInfo fi = new FuncInfo(sig, e.span(), e.body(), parent);
        env.info.funcs.put(e, fi);
        env.stmts.funcBody(fi, e.type());
        return Operand.value(e, sig);
    }

    /** {@code *x}: the pointer type when x is a type, else an indirection, which is addressable (go/types unary '*'). */
    private Operand star(StarExpr e) {
        Operand x = expr(e.x());
        if (x.mode() == Mode.TYPE) {
            return Operand.typeExpr(e, new Type.Pointer(x.type()));
        }
        x = env.assign.single(x);
        if (x.invalid()) {
            return Operand.invalid(e);
        }
        if (x.mode() == Mode.NIL) {
            env.error(e.x().span(), "invalid operation: cannot indirect nil");
            return Operand.invalid(e);
        }
        if (x.untyped() || !(x.type().underlying() instanceof Type.Pointer p)) {
            env.error(e.x().span(), "invalid operation: cannot indirect " + x.describe());
            return Operand.invalid(e);
        }
        return Operand.of(Mode.VARIABLE, e, p.elem());
    }

    /**
     * {@code &x}: x must be addressable or a composite literal (go/types unary '&'). A variable whose address is
     * taken, of itself or of a part of it, lives in a box that pointers share.
     */
    Operand address(UnaryExpr e) {
        Expr inner = unparen(e.x());
        if (inner instanceof CompositeLit c) {
            Operand x = env.composites.literal(c, null);
            env.info.types.putIfAbsent(inner, x.type());
            return x.invalid() ? x : Operand.value(e, new Type.Pointer(x.type()));
        }
        Operand x = value(e.x());
        if (x.invalid()) {
            return Operand.invalid(e);
        }
        if (x.mode() != Mode.VARIABLE) {
            env.error(e.x().span(), "invalid operation: cannot take address of " + x.describe());
            return Operand.invalid(e);
        }
        markAddressed(e.x());
        return Operand.value(e, new Type.Pointer(x.type()));
    }

    /**
     * Marks the variable that an address computation starts from: {@code v} in {@code &v}, {@code &v.f},
     * {@code &v[i]} of an array, and in the implicit {@code &v} of a pointer-method call. Computations through a
     * pointer or a slice start from that value instead.
     */
    void markAddressed(Expr e) {
        Expr x = unparen(e);
        if (x instanceof Ident id && env.info.uses.get(id) instanceof Var v) {
            v.markAddressed();
        } else if (x instanceof SelectorExpr s && env.info.selections.get(s) != null
                && env.info.selections.get(s).kind() == Lookup.Selection.Kind.FIELD
                && !env.info.selections.get(s).indirect()
                && !(env.info.types.get(s.x()) instanceof Type.Pointer)) {
            markAddressed(s.x());
        } else if (x instanceof IndexExpr ix && env.info.types.get(ix.x()) != null
                && env.info.types.get(ix.x()).underlying() instanceof Type.Array) {
            markAddressed(ix.x());
        }
    }

    static Expr unparen(Expr e) {
        while (e instanceof ParenExpr p) {
            e = p.x();
        }
        return e;
    }

    private Operand typeAssert(TypeAssertExpr e) {
        if (e.type() == null) {
            return env.switches.misplacedGuard(e);
        }
        Operand x = value(e.x());
        Type t = env.types.resolve(e.type());
        if (x.invalid() || t == null || t == Type.INVALID) {
            return Operand.invalid(e);
        }
        if (x.untyped() || x.mode() == Mode.NIL || !(x.type().underlying() instanceof Type.Interface xi)) {
            env.error(e.x().span(), "invalid operation: " + x.describe() + " is not an interface");
            return Operand.invalid(e);
        }
        // types2 checks that the assertion can succeed only for a type that is not a type parameter; in an
        // instantiation, an assertion that cannot succeed fails at run time
        if (!(t.underlying() instanceof Type.Interface) && !(t instanceof Type.TypeParam)
                && env.generics.instantiating == 0) {
            String why = Implements.missing(t, x.type(), xi);
            if (why != null) {
                env.error(e.span(), "impossible type assertion: " + ExprPrinter.print(e) + "\n\t"
                        + Implements.worded(why, env.version));
                return Operand.invalid(e);
            }
        }
        return Operand.of(Mode.COMMAOK, e, t);
    }
}
