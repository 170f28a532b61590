package defercheck.check;

import defercheck.ir.Type;

/**
 * Whether a type implements an interface (Go spec "Interface types", "Method sets"): every method of the
 * interface must be in the type's method set with an identical signature. A value type's method set lacks the
 * pointer-receiver methods, unless they are promoted through an embedded pointer.
 */
final class Implements {

    private Implements() {
    }

    /** Null when {@code v} implements interface {@code t}, else types2's reason ("T does not implement I (...)"). */
    static String missing(Type v, Type t, Type.Interface iface) {
        if (iface.isConstraint()) {
            return "";
        }
        for (Type.Method m : iface.methods()) {
            String why = check(v, m);
            if (why != null) {
                return v + " does not implement " + t + " " + why;
            }
        }
        return null;
    }

    /** The reason as the given release words it: go1.19 says "(missing M method)", "(M method has pointer receiver)". */
    static String worded(String why, defercheck.source.GoVersion version) {
        if (version.atLeast(20)) {
            return why;
        }
        return why.replaceAll("\\(missing method (\\w+)\\)", "(missing $1 method)")
                .replaceAll("\\(method (\\w+) has pointer receiver\\)", "($1 method has pointer receiver)")
                .replaceAll("\\(wrong type for method (\\w+)\\)", "(wrong type for $1 method)");
    }

    /** Why {@code v} lacks method {@code m}: "(missing method M)", "(method M has pointer receiver)", ...; null if it has it. */
    static String check(Type v, Type.Method m) {
        Lookup.Selection s = Lookup.find(v, m.name());
        if (s == null || !s.isMethod()) {
            return "(missing method " + m.name() + ")";
        }
        Type.Func have = Lookup.signature(s);
        if (!have.equals(m.type())) {
            return "(wrong type for method " + m.name() + ")\n\t\thave " + m.name() + sig(have) + "\n\t\twant "
                    + m.name() + sig(m.type());
        }
        if (s.kind() == Lookup.Selection.Kind.METHOD && s.method().pointerRecv() && !s.indirect()
                && !(v instanceof Type.Pointer)) {
            return "(method " + m.name() + " has pointer receiver)";
        }
        return null;
    }

    private static String sig(Type.Func f) {
        StringBuilder sb = new StringBuilder();
        defercheck.ir.TypeNames.signature(sb, f.unnamed(), false);
        return sb.toString();
    }
}
