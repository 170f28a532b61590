package defercheck.check;

import defercheck.ir.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Replaces type parameters by types (Go spec "Instantiations": the substitution map of an instantiation). */
final class Substitution {

    private final Map<Type.TypeParam, Type> map;
    private final Generics generics;

    Substitution(Map<Type.TypeParam, Type> map, Generics generics) {
        this.map = map;
        this.generics = generics;
    }

    /** Whether {@code t} mentions a type parameter (through type arguments of instances too). */
    static boolean mentionsTypeParam(Type t) {
        if (t instanceof Type.TypeParam) {
            return true;
        } else if (t instanceof Type.Pointer p) {
            return mentionsTypeParam(p.elem());
        } else if (t instanceof Type.Slice s) {
            return mentionsTypeParam(s.elem());
        } else if (t instanceof Type.Array a) {
            return mentionsTypeParam(a.elem());
        } else if (t instanceof Type.Map m) {
            return mentionsTypeParam(m.key()) || mentionsTypeParam(m.value());
        } else if (t instanceof Type.Chan c) {
            return mentionsTypeParam(c.elem());
        } else if (t instanceof Type.Func f) {
            return f.params().stream().anyMatch(Substitution::mentionsTypeParam)
                    || f.results().stream().anyMatch(Substitution::mentionsTypeParam);
        } else if (t instanceof Type.Struct s) {
            return s.fields().stream().anyMatch(f -> mentionsTypeParam(f.type()));
        } else if (t instanceof Type.Interface i) {
            return i.methods().stream().anyMatch(m -> mentionsTypeParam(m.type()))
                    || i.terms() != null && i.terms().stream().anyMatch(x -> mentionsTypeParam(x.type()));
        } else if (t instanceof Type.Named n) {
            return n.typeArgs().stream().anyMatch(Substitution::mentionsTypeParam);
        }
        return false;
    }

    Type apply(Type t) {
        if (t instanceof Type.TypeParam p) {
            return map.getOrDefault(p, p);
        } else if (t instanceof Type.Pointer p) {
            return new Type.Pointer(apply(p.elem()));
        } else if (t instanceof Type.Slice s) {
            return new Type.Slice(apply(s.elem()));
        } else if (t instanceof Type.Array a) {
            return new Type.Array(a.length(), apply(a.elem()));
        } else if (t instanceof Type.Map m) {
            return new Type.Map(apply(m.key()), apply(m.value()));
        } else if (t instanceof Type.Chan c) {
            return new Type.Chan(c.dir(), apply(c.elem()));
        } else if (t instanceof Type.Func f) {
            return func(f);
        } else if (t instanceof Type.Struct s) {
            List<Type.Field> fields = new ArrayList<>();
            for (Type.Field f : s.fields()) {
                fields.add(new Type.Field(f.name(), apply(f.type()), f.embedded(), f.tag()));
            }
            return new Type.Struct(fields);
        } else if (t instanceof Type.Interface i) {
            return iface(i);
        } else if (t instanceof Type.Named n && !n.typeArgs().isEmpty() && mentionsTypeParam(n)) {
            GenericType g = generics.origin(n);
            Type.Named inst = g == null ? n : generics.instantiate(g, list(n.typeArgs()), n.declared());
            return inst == null ? Type.INVALID : inst;
        }
        return t;
    }

    List<Type> list(List<Type> ts) {
        List<Type> out = new ArrayList<>();
        for (Type t : ts) {
            out.add(apply(t));
        }
        return out;
    }

    Type.Func func(Type.Func f) {
        return new Type.Func(list(f.params()), list(f.results()), f.variadic(), f.names());
    }

    private Type iface(Type.Interface i) {
        if (!mentionsTypeParam(i)) {
            return i;
        }
        List<Type.Method> methods = new ArrayList<>();
        for (Type.Method m : i.methods()) {
            methods.add(new Type.Method(m.name(), func(m.type())));
        }
        List<Type.Term> terms = null;
        if (i.terms() != null) {
            terms = new ArrayList<>();
            for (Type.Term x : i.terms()) {
                terms.add(new Type.Term(x.tilde(), apply(x.type())));
            }
        }
        return new Type.Interface(methods, terms, i.comparableConstraint());
    }
}
