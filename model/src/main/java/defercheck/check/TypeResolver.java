package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ast.BadType;
import defercheck.syntax.ast.Field;
import defercheck.syntax.ast.FuncType;
import defercheck.syntax.ast.InterfaceType;
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

    private final Env env;

    TypeResolver(Env env) {
        this.env = env;
    }

    Type resolve(TypeExpr t) {
        if (t instanceof TypeName) {
            return named((TypeName) t);
        } else if (t instanceof InterfaceType) {
            return Type.ANY;
        } else if (t instanceof FuncType) {
            return signature((FuncType) t);
        } else if (t instanceof BadType) {
            return null;
        }
        throw new AssertionError(t);
    }

    private Type named(TypeName t) {
        String name = t.name().name();
        Obj o = env.scope().lookup(name);
        if (o instanceof TypeObj) {
            env.info.uses.put(t.name(), o);
            return ((TypeObj) o).type();
        }
        if (o == null && UNSUPPORTED.contains(name)) {
            env.unsupported(t.span(), "type " + name);
        } else if (o == null) {
            env.error(t.span(), "undefined: " + name);
        } else {
            env.error(t.span(), name + " is not a type");
        }
        return null;
    }

    Type.Func signature(FuncType f) {
        return new Type.Func(fields(f.params()), fields(f.results()));
    }

    private List<Type> fields(List<Field> fields) {
        List<Type> out = new ArrayList<>();
        for (Field f : fields) {
            Type t = resolve(f.type());
            out.add(t == null ? Type.ANY : t);
        }
        return out;
    }
}
