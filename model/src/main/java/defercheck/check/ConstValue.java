package defercheck.check;

import java.math.BigInteger;

/**
 * The exact value of a constant expression (go/constant): booleans, byte strings, integers of any size,
 * exact rationals for floats, and complex numbers of two rationals. Which kind a value has follows its
 * type's kind (an untyped rune or int constant is an IntVal; a float constant whose value happens to be
 * whole stays a RatVal).
 */
sealed interface ConstValue {

    record BoolVal(boolean value) implements ConstValue { }

    /** A byte string: one char 0..255 per byte. */
    record StringVal(String value) implements ConstValue { }

    record IntVal(BigInteger value) implements ConstValue {
        static IntVal of(long v) {
            return new IntVal(BigInteger.valueOf(v));
        }
    }

    record RatVal(BigRational value) implements ConstValue { }

    record ComplexVal(BigRational re, BigRational im) implements ConstValue { }

    /** The value as a rational (an integer or float); null for other kinds. */
    default BigRational toRat() {
        if (this instanceof IntVal i) {
            return BigRational.of(i.value());
        } else if (this instanceof RatVal r) {
            return r.value();
        } else if (this instanceof ComplexVal c && c.im().signum() == 0) {
            return c.re();
        }
        return null;
    }

    /** The value as a complex number; null for booleans and strings. */
    default ComplexVal toComplex() {
        if (this instanceof ComplexVal c) {
            return c;
        }
        BigRational r = toRat();
        return r == null ? null : new ComplexVal(r, BigRational.ZERO);
    }

    /** The value as an integer when it is exactly one; else null. */
    default BigInteger toInt() {
        BigRational r = toRat();
        return r != null && r.isInt() ? r.num() : null;
    }
}
