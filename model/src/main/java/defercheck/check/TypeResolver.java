package defercheck.check;

import defercheck.ir.Constant;
import defercheck.ir.Type;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.ArrayType;
import defercheck.syntax.ast.BadType;
import defercheck.syntax.ast.ChanType;
import defercheck.syntax.ast.MapType;
import defercheck.syntax.ast.SliceType;
import defercheck.syntax.ast.UnionType;
import defercheck.syntax.ast.Field;
import defercheck.syntax.ast.FuncType;
import defercheck.syntax.ast.InterfaceType;
import defercheck.syntax.ast.PointerType;
import defercheck.syntax.ast.StructType;
import defercheck.syntax.ast.TypeExpr;
import defercheck.syntax.ast.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Resolves written types to {@link Type}s. Unresolvable types come back as null after an error. */
final class TypeResolver {

    /** Predeclared types outside the subset: reported as unsupported rather than undefined. */
    private static final Set<String> UNSUPPORTED = Set.of("byte", "rune", "uint", "uint8", "uint16", "uint32",
            "uint64", "uintptr", "int8", "int16", "int32", "int64", "float32", "float64", "complex64",
            "complex128", "comparable");

    /** The largest array the model builds as a value (its zero value is materialized element by element). */
    static final long MAX_ELEMENTS = 1 << 16;

    private final Env env;

    TypeResolver(Env env) {
        this.env = env;
    }

    /** The type {@code t} denotes; null after an error, {@link Type#INVALID} after a refusal. */
    Type resolve(TypeExpr t) {
        if (t instanceof TypeName n) {
            return named(n);
        } else if (t instanceof InterfaceType i) {
            return i.isEmpty() ? Type.ANY : refuse(t, "non-empty interface type");
        } else if (t instanceof FuncType f) {
            return f.variadic() ? refuse(t, "variadic parameters") : signature(f);
        } else if (t instanceof ArrayType a) {
            return a.length() == null ? refuse(t, "[...] array types") : array(a);
        } else if (t instanceof StructType s) {
            return s.fields().isEmpty() ? new Type.Struct() : refuse(t, "struct types with fields");
        } else if (t instanceof PointerType p) {
            Type elem = resolve(p.elem());
            return elem == null || elem == Type.INVALID ? elem : new Type.Pointer(elem);
        } else if (t instanceof SliceType) {
            return refuse(t, "slice types");
        } else if (t instanceof MapType) {
            return refuse(t, "map types");
        } else if (t instanceof ChanType) {
            return refuse(t, "channel types");
        } else if (t instanceof UnionType) {
            return refuse(t, "type constraints");
        } else if (t instanceof BadType) {
            return null;
        }
        throw new AssertionError(t);
    }

    private Type refuse(TypeExpr t, String construct) {
        env.unsupported(t.span(), construct);
        return Type.INVALID;
    }

    private Type named(TypeName t) {
        if (t.pkg() != null) {
            return qualified(t);
        }
        if (!t.typeArgs().isEmpty()) {
            return refuse(t, "generic types");
        }
        String name = t.name().name();
        Obj o = env.scope().lookup(name);
        if (o instanceof TypeObj) {
            env.info.uses.put(t.name(), o);
            return ((TypeObj) o).type();
        }
        if (o instanceof BadObj) {
            return Type.INVALID;
        }
        if (o == null && UNSUPPORTED.contains(name)) {
            env.unsupported(t.span(), "type " + name);
            return Type.INVALID;
        } else if (o == null) {
            env.error(t.span(), "undefined: " + name);
        } else {
            env.error(t.span(), name + " is not a type");
        }
        return null;
    }

    /** {@code pkg.T}: no package type is in the model yet; an unsupported package's are silent. */
    private Type qualified(TypeName t) {
        Obj o = env.scope().lookup(t.pkg().name());
        if (o instanceof PackageObj p) {
            p.markUsed();
            return p.supported() ? refuse(t, "type " + p.path() + "." + t.name().name()) : Type.INVALID;
        }
        if (o instanceof BadObj) {
            return Type.INVALID;
        }
        env.error(t.pkg().span(), o == null ? "undefined: " + t.pkg().name() : t.pkg().name() + "." + t.name().name()
                + " is not a type");
        return null;
    }

    /**
     * {@code [N]T}: N must be a non-negative integer constant (go/types arrayLength). Arrays are values of
     * the model, so very large ones are outside the subset.
     */
    private Type array(ArrayType t) {
        // types2 arrayLength: a name that is not a constant is an error and not a use of the variable
        Operand n = t.length() instanceof defercheck.syntax.ast.Ident id
                ? env.assign.single(env.exprs.ident(id, false)) : env.exprs.value(t.length());
        Type elem = resolve(t.elem());
        if (elem == Type.INVALID) {
            return elem;
        }
        if (n.invalid() || elem == null) {
            return null;
        }
        if (!n.isConstant()) {
            env.error(t.length().span(), "invalid array length " + ExprPrinter.print(t.length()));
            return null;
        }
        if (!Type.INT.equals(n.type())) {
            env.error(t.length().span(), "array length " + n.describe() + " must be integer");
            return null;
        }
        long length = ((Constant.IntConst) n.value()).value();
        if (length < 0) {
            env.error(t.length().span(), "invalid array length " + n.describe());
            return null;
        }
        Type.Array a = new Type.Array(length, elem);
        if (elements(a) > MAX_ELEMENTS) {
            env.unsupported(t.span(), "array type " + a + " (more than " + MAX_ELEMENTS + " elements)");
            return null;
        }
        env.assign.defaultType(n, "array length");
        return a;
    }

    /** How many scalar elements an array holds in all, nested arrays included; saturates instead of overflowing. */
    private static long elements(Type t) {
        if (!(t instanceof Type.Array a)) {
            return 1;
        }
        long inner = elements(a.elem());
        return inner == 0 || a.length() <= Long.MAX_VALUE / inner ? a.length() * inner : Long.MAX_VALUE;
    }

    Type.Func signature(FuncType f) {
        return new Type.Func(fields(f.params()), fields(f.results()));
    }

    private List<Type> fields(List<Field> fields) {
        List<Type> out = new ArrayList<>();
        for (Field f : fields) {
            Type t = resolve(f.type());
            out.add(t == null ? Type.INVALID : t);
        }
        return out;
    }
}
