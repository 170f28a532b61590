package defercheck.lib.fmt;

/**
 * Operands of the predeclared types, for callers that do not need named types or methods. A value of a named
 * type is built with the {@link Operand} records directly, giving its type's name (reflect's spelling,
 * e.g. "main.Celsius") and its {@link Methods}.
 */
public final class Operands {

    private Operands() {
    }

    public static Operand nil() {
        return new Operand.Nil();
    }

    public static Operand ofBool(boolean v) {
        return new Operand.Bool("bool", v, Methods.NONE);
    }

    /** A value of a signed integer type: "int", "int8" ... "int64" (a rune is "int32"). */
    public static Operand ofSigned(String type, long v) {
        return new Operand.Int(type, v, true, Methods.NONE);
    }

    /** A value of an unsigned integer type, as the uint64's bits: "uint", "uint8" ... "uintptr" (a byte is "uint8"). */
    public static Operand ofUnsigned(String type, long bits) {
        return new Operand.Int(type, bits, false, Methods.NONE);
    }

    public static Operand ofInt(long v) {
        return ofSigned("int", v);
    }

    public static Operand ofFloat64(double v) {
        return new Operand.Float("float64", v, 64, Methods.NONE);
    }

    public static Operand ofFloat32(float v) {
        return new Operand.Float("float32", v, 32, Methods.NONE);
    }

    public static Operand ofComplex128(double re, double im) {
        return new Operand.Complex("complex128", re, im, 128, Methods.NONE);
    }

    /** A string (a byte string). */
    public static Operand ofString(String v) {
        return new Operand.Str("string", v, Methods.NONE);
    }

    /** A []byte holding {@code bytes} (a byte string); {@code nil} for a nil slice. */
    public static Operand ofBytes(String bytes, boolean nil) {
        return Operand.bytes("[]uint8", bytes, nil);
    }
}
