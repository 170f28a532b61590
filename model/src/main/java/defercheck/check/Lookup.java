package defercheck.check;

import defercheck.ir.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Field and method lookup (Go spec "Selectors", go/types lookupFieldOrMethod): a breadth-first search through
 * embedded fields, shallowest depth first; two candidates at the same depth make the selector ambiguous.
 */
public final class Lookup {

    /** What a selector {@code x.name} denotes. */
    public record Selection(Kind kind, List<Integer> path, boolean indirect, Type fieldType, Type.Named recvBase,
                     Type.MethodDecl method, Type.Method ifaceMethod) {

        /** A field (the last index of {@code path} is its position), a method of a defined type, or an interface method. */
        public enum Kind { FIELD, METHOD, INTERFACE_METHOD, AMBIGUOUS }

        public boolean isMethod() {
            return kind == Kind.METHOD || kind == Kind.INTERFACE_METHOD;
        }
    }

    private record Candidate(Type type, List<Integer> path, boolean indirect) { }

    private Lookup() {
    }

    /** The field or method {@code name} of type {@code t} (which may be a pointer to a defined type), or null. */
    /**
     * Whether {@code t} is an unnamed struct type, or a pointer to one, whose embedded fields promote methods:
     * the model builds method sets (and so interface values) only for defined types.
     */
    static boolean unnamedWithPromotedMethods(Type t) {
        Type s = t instanceof Type.Pointer p ? p.elem() : t;
        return s instanceof Type.Struct && promotes(s, new HashSet<>());
    }

    private static boolean promotes(Type t, Set<Type> seen) {
        if (!seen.add(t)) {
            return false;
        }
        if (t instanceof Type.Named n && !n.methods().isEmpty()) {
            return true;
        }
        Type u = t.underlying();
        if (u instanceof Type.Interface i) {
            return !i.methods().isEmpty();
        }
        if (u instanceof Type.Struct st) {
            for (Type.Field f : st.fields()) {
                Type e = f.type() instanceof Type.Pointer p ? p.elem() : f.type();
                if (f.embedded() && promotes(e, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    public static Selection find(Type t, String name) {
        boolean indirect = false;
        Type start = t;
        if (t instanceof Type.Pointer p && (p.elem() instanceof Type.Named || p.elem() instanceof Type.Struct)) {
            start = p.elem();
            indirect = true;
        }
        List<Candidate> current = List.of(new Candidate(start, List.of(), indirect));
        Set<Type.Named> seen = new HashSet<>();
        while (!current.isEmpty()) {
            List<Selection> found = new ArrayList<>();
            List<Candidate> next = new ArrayList<>();
            for (Candidate c : current) {
                search(c, name, seen, found, next);
            }
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                return new Selection(Selection.Kind.AMBIGUOUS, List.of(), false, null, null, null, null);
            }
            current = next;
        }
        return null;
    }

    private static void search(Candidate c, String name, Set<Type.Named> seen, List<Selection> found,
                               List<Candidate> next) {
        Type typ = c.type();
        if (typ instanceof Type.TypeParam p) {
            // a type parameter has the methods of its constraint (Go spec "Method sets")
            typ = p.constraint() == null ? null : p.constraint().underlying();
        }
        if (typ instanceof Type.Named n) {
            if (!seen.add(n)) {
                return;
            }
            Type.MethodDecl m = n.methods().get(name);
            if (m != null) {
                found.add(new Selection(Selection.Kind.METHOD, c.path(), c.indirect(), null, n, m, null));
                return;
            }
            typ = n.underlying();
        }
        if (typ instanceof Type.Struct s) {
            for (int i = 0; i < s.fields().size(); i++) {
                Type.Field f = s.fields().get(i);
                List<Integer> path = append(c.path(), i);
                if (f.name().equals(name)) {
                    found.add(new Selection(Selection.Kind.FIELD, path, c.indirect(), f.type(), null, null, null));
                } else if (f.embedded()) {
                    Type ft = f.type();
                    boolean ptr = ft instanceof Type.Pointer;
                    next.add(new Candidate(ptr ? ((Type.Pointer) ft).elem() : ft, path, c.indirect() || ptr));
                }
            }
        } else if (typ instanceof Type.Interface i) {
            Type.Method m = i.method(name);
            if (m != null) {
                found.add(new Selection(Selection.Kind.INTERFACE_METHOD, c.path(), c.indirect(), null, null, null, m));
            }
        }
    }

    private static List<Integer> append(List<Integer> path, int i) {
        List<Integer> out = new ArrayList<>(path);
        out.add(i);
        return List.copyOf(out);
    }

    /** The signature of a selected method (without receiver). */
    public static Type.Func signature(Selection s) {
        return s.kind() == Selection.Kind.METHOD ? s.method().type() : s.ifaceMethod().type();
    }
}
