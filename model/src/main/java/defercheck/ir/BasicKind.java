package defercheck.ir;

/**
 * The kinds of Go's predeclared basic types and of its untyped constants (go/types BasicKind), with the
 * properties the type checker and the operators ask about. {@code size} is the size in bytes on amd64.
 */
public enum BasicKind {
    BOOL("bool", Flags.BOOLEAN, 1),
    INT("int", Flags.INTEGER, 8),
    INT8("int8", Flags.INTEGER, 1),
    INT16("int16", Flags.INTEGER, 2),
    INT32("int32", Flags.INTEGER, 4),
    INT64("int64", Flags.INTEGER, 8),
    UINT("uint", Flags.INTEGER | Flags.UNSIGNED, 8),
    UINT8("uint8", Flags.INTEGER | Flags.UNSIGNED, 1),
    UINT16("uint16", Flags.INTEGER | Flags.UNSIGNED, 2),
    UINT32("uint32", Flags.INTEGER | Flags.UNSIGNED, 4),
    UINT64("uint64", Flags.INTEGER | Flags.UNSIGNED, 8),
    UINTPTR("uintptr", Flags.INTEGER | Flags.UNSIGNED, 8),
    FLOAT32("float32", Flags.FLOAT, 4),
    FLOAT64("float64", Flags.FLOAT, 8),
    COMPLEX64("complex64", Flags.COMPLEX, 8),
    COMPLEX128("complex128", Flags.COMPLEX, 16),
    STRING("string", Flags.STRING, 16),
    UNSAFE_POINTER("unsafe.Pointer", 0, 8),
    UNTYPED_BOOL("untyped bool", Flags.BOOLEAN | Flags.UNTYPED, 0),
    UNTYPED_INT("untyped int", Flags.INTEGER | Flags.UNTYPED, 0),
    UNTYPED_RUNE("untyped rune", Flags.INTEGER | Flags.UNTYPED, 0),
    UNTYPED_FLOAT("untyped float", Flags.FLOAT | Flags.UNTYPED, 0),
    UNTYPED_COMPLEX("untyped complex", Flags.COMPLEX | Flags.UNTYPED, 0),
    UNTYPED_STRING("untyped string", Flags.STRING | Flags.UNTYPED, 0),
    UNTYPED_NIL("untyped nil", Flags.UNTYPED, 0);

    /** Property bits, as go/types' BasicInfo. */
    static final class Flags {
        static final int BOOLEAN = 1;
        static final int INTEGER = 2;
        static final int UNSIGNED = 4;
        static final int FLOAT = 8;
        static final int COMPLEX = 16;
        static final int STRING = 32;
        static final int UNTYPED = 64;

        private Flags() {
        }
    }

    private final String goName;
    private final int flags;
    private final int size;

    BasicKind(String goName, int flags, int size) {
        this.goName = goName;
        this.flags = flags;
        this.size = size;
    }

    /** The type's name: {@code int32}, {@code untyped float}. */
    public String goName() {
        return goName;
    }

    public int size() {
        return size;
    }

    /** Bits of an integer kind: 8 to 64. */
    public int bits() {
        return size * 8;
    }

    public boolean isBoolean() {
        return (flags & Flags.BOOLEAN) != 0;
    }

    public boolean isInteger() {
        return (flags & Flags.INTEGER) != 0;
    }

    public boolean isUnsigned() {
        return (flags & Flags.UNSIGNED) != 0;
    }

    public boolean isFloat() {
        return (flags & Flags.FLOAT) != 0;
    }

    public boolean isComplex() {
        return (flags & Flags.COMPLEX) != 0;
    }

    public boolean isNumeric() {
        return (flags & (Flags.INTEGER | Flags.FLOAT | Flags.COMPLEX)) != 0;
    }

    public boolean isString() {
        return (flags & Flags.STRING) != 0;
    }

    public boolean isUntyped() {
        return (flags & Flags.UNTYPED) != 0;
    }

    /** Go spec "Comparison operators": the ordered basic types. */
    public boolean isOrdered() {
        return (flags & (Flags.INTEGER | Flags.FLOAT | Flags.STRING)) != 0;
    }

    /** Whether the value is a constant kind (everything but unsafe.Pointer and untyped nil). */
    public boolean isConstType() {
        return (flags & (Flags.BOOLEAN | Flags.INTEGER | Flags.FLOAT | Flags.COMPLEX | Flags.STRING)) != 0;
    }
}
