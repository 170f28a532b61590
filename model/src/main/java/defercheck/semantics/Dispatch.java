package defercheck.semantics;

import defercheck.ir.Function;
import defercheck.ir.Program;
import defercheck.ir.Type;
import java.util.List;
import java.util.Map;

/**
 * Dynamic types at run time: whether a value's dynamic type is a given type or implements an interface
 * (runtime.assertE2I), and which function implements a method for it (the itab). Method sets come from the
 * lowering, which fills each defined type's value and pointer method sets, and the program's for unnamed
 * struct types that promote methods.
 */
final class Dispatch {

    private Dispatch() {
    }

    /** Whether {@code x} (an interface's content) has dynamic type {@code target}, or implements it if an interface. */
    static boolean holds(Program p, Value x, Type target) {
        if (x instanceof Value.NilValue n && n.isNilInterface()) {
            return false;
        }
        if (target.underlying() instanceof Type.Interface i) {
            return missingMethod(p, x, i) == null;
        }
        return x.type().equals(target);
    }

    /** The first method of {@code i} that {@code x}'s dynamic type lacks (by name and signature), or null. */
    static String missingMethod(Program p, Value x, Type.Interface i) {
        for (Type.Method m : i.methods()) {
            Function f = method(p, x, m.name());
            if (f == null) {
                return m.name();
            }
            if (f != null && !signatureWithoutReceiver(f).equals(m.type())) {
                return m.name();
            }
        }
        return null;
    }

    private static boolean isRuntimeErrorMethod(Value x, String name) {
        return x instanceof Value.RuntimeErrorValue && (name.equals("Error") || name.equals("RuntimeError"));
    }

    private static Type.Func signatureWithoutReceiver(Function f) {
        List<Type> params = f.type().params();
        return new Type.Func(params.subList(1, params.size()), f.type().results(), f.type().variadic());
    }

    /** The function implementing method {@code name} for {@code x}'s dynamic type, or null. */
    static Function method(Program p, Value x, String name) {
        if (x instanceof Value.RuntimeErrorValue && (name.equals("Error") || name.equals("RuntimeError"))) {
            List<Type> results = name.equals("Error") ? List.of(Type.STRING) : List.of();
            return Natives.function("runtime.Error." + name, new Type.Func(List.of(Type.ANY), results));
        }
        Map<String, Integer> set = methodSet(p, x.type());
        Integer id = set == null ? null : set.get(name);
        return id == null ? null : p.function(id);
    }

    /** The method {@code name} of {@code x}'s dynamic type when it is {@code func() string}, or null. */
    static Function stringMethod(Program p, Value x, String name) {
        Function f = method(p, x, name);
        if (f == null) {
            return null;
        }
        Type.Func t = f.type();
        boolean fits = t.params().size() == 1 && !t.variadic() && t.results().size() == 1
                && t.results().get(0).equals(Type.STRING);
        return fits ? f : null;
    }

    private static Map<String, Integer> methodSet(Program p, Type t) {
        if (t instanceof Type.Named n) {
            return n.valueMethodSet();
        }
        if (t instanceof Type.Pointer ptr && ptr.elem() instanceof Type.Named n) {
            return n.pointerMethodSet();
        }
        return p.unnamedMethodSets().get(t);
    }
}
