package defercheck.ir;

/**
 * Sizes and alignments of types on amd64 (Go spec "Size and alignment guarantees" with gc's layout), and whether a
 * type holds pointers: what the runtime's allocation decisions (slice growth, size classes) depend on.
 */
public final class TypeSizes {

    private TypeSizes() {
    }

    public static long size(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            return b.kind().size();
        } else if (u instanceof Type.Array a) {
            return a.length() * size(a.elem());
        } else if (u instanceof Type.Slice) {
            return 24;
        } else if (u instanceof Type.Interface) {
            return 16;
        } else if (u instanceof Type.Struct s) {
            long offset = 0;
            long align = 1;
            for (Type.Field f : s.fields()) {
                long a = align(f.type());
                align = Math.max(align, a);
                offset = roundUp(offset, a) + size(f.type());
            }
            if (!s.fields().isEmpty() && size(s.fields().get(s.fields().size() - 1).type()) == 0 && offset > 0) {
                offset++;
            }
            return roundUp(offset, align);
        }
        return 8;
    }

    public static long align(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            return b.kind().isComplex() ? b.kind().size() / 2 : b.kind() == BasicKind.STRING ? 8 : Math.max(1, b.kind().size());
        } else if (u instanceof Type.Array a) {
            return align(a.elem());
        } else if (u instanceof Type.Struct s) {
            long a = 1;
            for (Type.Field f : s.fields()) {
                a = Math.max(a, align(f.type()));
            }
            return a;
        }
        return 8;
    }

    private static long roundUp(long n, long a) {
        return (n + a - 1) / a * a;
    }

    /** Whether values of the type contain pointers (the garbage collector's "noscan" is the negation). */
    public static boolean hasPointers(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            return b.kind() == BasicKind.STRING || b.kind() == BasicKind.UNSAFE_POINTER;
        } else if (u instanceof Type.Array a) {
            return a.length() > 0 && hasPointers(a.elem());
        } else if (u instanceof Type.Struct s) {
            return s.fields().stream().anyMatch(f -> hasPointers(f.type()));
        }
        return true;
    }
}
