package defercheck.ir;

import java.util.List;

/**
 * The two spellings of a type. gc's (types2 typestring) is what compile errors say: unqualified names,
 * {@code struct{a int}}, {@code interface{}} or {@code any}, parameter names in signatures. The runtime's
 * (reflect's rtype.String) is what panics and {@code %T} say: {@code main.T}, {@code struct { a int }},
 * {@code interface {}}, byte as {@code uint8}.
 */
public final class TypeNames {

    private TypeNames() {
    }

    /** gc's spelling. */
    public static String gc(Type t) {
        StringBuilder sb = new StringBuilder();
        write(sb, t, false);
        return sb.toString();
    }

    /** The runtime's spelling. */
    public static String runtime(Type t) {
        StringBuilder sb = new StringBuilder();
        write(sb, t, true);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Type t, boolean rt) {
        if (t instanceof Type.Basic b) {
            sb.append(rt ? b.kind().goName() : b.toString());
        } else if (t instanceof Type.Pointer p) {
            sb.append('*');
            write(sb, p.elem(), rt);
        } else if (t instanceof Type.Array a) {
            sb.append('[').append(a.length()).append(']');
            write(sb, a.elem(), rt);
        } else if (t instanceof Type.Slice s) {
            sb.append("[]");
            write(sb, s.elem(), rt);
        } else if (t instanceof Type.Map m) {
            sb.append("map[");
            write(sb, m.key(), rt);
            sb.append(']');
            write(sb, m.value(), rt);
        } else if (t instanceof Type.Chan c) {
            chan(sb, c, rt);
        } else if (t instanceof Type.Func f) {
            sb.append("func");
            signature(sb, f, rt);
        } else if (t instanceof Type.Struct s) {
            struct(sb, s, rt);
        } else if (t instanceof Type.Interface i) {
            iface(sb, i, rt);
        } else if (t instanceof Type.Named n) {
            named(sb, n, rt);
        } else {
            sb.append(t instanceof Type.TypeParam tp ? tp.name() : "invalid type");
        }
    }

    private static void chan(StringBuilder sb, Type.Chan c, boolean rt) {
        sb.append(c.dir() == Type.ChanDir.RECV ? "<-chan " : c.dir() == Type.ChanDir.SEND ? "chan<- " : "chan ");
        boolean paren = c.dir() == Type.ChanDir.BOTH && c.elem() instanceof Type.Chan e && e.dir() == Type.ChanDir.RECV;
        sb.append(paren ? "(" : "");
        write(sb, c.elem(), rt);
        sb.append(paren ? ")" : "");
    }

    private static void named(StringBuilder sb, Type.Named n, boolean rt) {
        if (!n.pkg().isEmpty() && (rt || !n.pkg().equals("main"))) {
            sb.append(n.pkg()).append('.');
        }
        sb.append(n.name());
        if (!n.typeArgs().isEmpty()) {
            sb.append('[');
            for (int i = 0; i < n.typeArgs().size(); i++) {
                sb.append(i > 0 ? (rt ? "," : ", ") : "");
                write(sb, n.typeArgs().get(i), rt);
            }
            sb.append(']');
        }
    }

    /** {@code (int, ...string) (bool, error)}: the signature after "func". */
    public static void signature(StringBuilder sb, Type.Func f, boolean rt) {
        List<String> names = rt ? List.of() : f.names();
        sb.append('(');
        for (int i = 0; i < f.params().size(); i++) {
            sb.append(i > 0 ? ", " : "");
            param(sb, names.isEmpty() ? "" : names.get(i), f.params().get(i),
                    f.variadic() && i == f.params().size() - 1, rt);
        }
        sb.append(')');
        int nr = f.results().size();
        if (nr == 0) {
            return;
        }
        String first = names.isEmpty() ? "" : names.get(f.params().size());
        if (nr == 1 && first.isEmpty()) {
            sb.append(' ');
            write(sb, f.results().get(0), rt);
            return;
        }
        sb.append(" (");
        for (int i = 0; i < nr; i++) {
            sb.append(i > 0 ? ", " : "");
            param(sb, names.isEmpty() ? "" : names.get(f.params().size() + i), f.results().get(i), false, rt);
        }
        sb.append(')');
    }

    private static void param(StringBuilder sb, String name, Type t, boolean variadic, boolean rt) {
        if (!name.isEmpty()) {
            sb.append(name).append(' ');
        }
        if (variadic && t instanceof Type.Slice s) {
            sb.append("...");
            write(sb, s.elem(), rt);
        } else {
            write(sb, t, rt);
        }
    }

    private static void struct(StringBuilder sb, Type.Struct s, boolean rt) {
        if (s.fields().isEmpty()) {
            sb.append(rt ? "struct {}" : "struct{}");
            return;
        }
        sb.append(rt ? "struct { " : "struct{");
        for (int i = 0; i < s.fields().size(); i++) {
            Type.Field f = s.fields().get(i);
            sb.append(i > 0 ? "; " : "");
            if (!f.embedded()) {
                sb.append(f.name()).append(' ');
            }
            write(sb, f.type(), rt);
            if (!f.tag().isEmpty()) {
                sb.append(' ').append(quote(f.tag()));
            }
        }
        sb.append(rt ? " }" : "}");
    }

    private static void iface(StringBuilder sb, Type.Interface i, boolean rt) {
        if (i.isEmpty()) {
            sb.append(rt ? "interface {}" : i.spelledAny() ? "any" : "interface{}");
            return;
        }
        sb.append(rt ? "interface { " : "interface{");
        int n = 0;
        for (Type.Method m : i.methods()) {
            sb.append(n++ > 0 ? "; " : "").append(m.name());
            signature(sb, m.type(), rt);
        }
        if (i.comparableConstraint()) {
            sb.append(n++ > 0 ? "; " : "").append("comparable");
        }
        if (i.terms() != null) {
            sb.append(n > 0 ? "; " : "");
            for (int k = 0; k < i.terms().size(); k++) {
                Type.Term term = i.terms().get(k);
                sb.append(k > 0 ? " | " : "").append(term.tilde() ? "~" : "");
                write(sb, term.type(), rt);
            }
        }
        sb.append(rt ? " }" : "}");
    }

    /** strconv.Quote of an ASCII-clean tag: backslash and double quote escaped. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
