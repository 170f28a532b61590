package defercheck.lib.math;

/**
 * The functions of Go's package math whose results are exactly defined, so that the library can give Go's bits
 * for every input: bit conversions, classification, Abs, Copysign, Floor, Ceil, Trunc, Round, RoundToEven,
 * Sqrt (correctly rounded, as the SQRTSD instruction Go uses), Mod, Remainder, Max, Min, Dim, Frexp, Ldexp,
 * Modf, Nextafter, and Pow when the exponent is an integer or ±0.5. Each follows Go's special cases (for
 * example Max(+Inf, NaN) is +Inf) and returns Go's NaN bits (0x7FF8000000000001). Checked bit for bit
 * against go1.19 and go1.23 by GoMathTest.
 *
 * <p>Not here, on purpose: Exp, Log, Pow with other exponents, Hypot, trigonometry and the rest. On amd64
 * Go computes Exp, Log and Hypot in assembly (Exp with or without FMA depending on the CPU), so their last
 * bit is not something the model can promise; a caller refuses them.
 */
public final class GoMath {

    /** math.NaN()'s bits. */
    public static final long NAN_BITS = 0x7FF8000000000001L;
    private static final long SIGN_MASK = 1L << 63;
    private static final int SHIFT = 52;
    private static final int MASK = 0x7FF;
    private static final int BIAS = 1023;
    private static final long FRAC_MASK = (1L << SHIFT) - 1;
    private static final double SMALLEST_NORMAL = 0x1p-1022;

    private GoMath() {
    }

    public static double nan() {
        return Double.longBitsToDouble(NAN_BITS);
    }

    /** math.Inf(sign): +Inf for sign >= 0, -Inf otherwise. */
    public static double inf(long sign) {
        return sign >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    public static boolean isNaN(double f) {
        return f != f;
    }

    /** math.IsInf(f, sign): +Inf for sign > 0, -Inf for sign < 0, either for 0. */
    public static boolean isInf(double f, long sign) {
        return sign >= 0 && f == Double.POSITIVE_INFINITY || sign <= 0 && f == Double.NEGATIVE_INFINITY;
    }

    public static boolean signbit(double x) {
        return Double.doubleToRawLongBits(x) < 0;
    }

    public static long float64bits(double f) {
        return Double.doubleToRawLongBits(f);
    }

    public static double float64frombits(long b) {
        return Double.longBitsToDouble(b);
    }

    /** math.Float32bits of a float32 value (given widened to double). */
    public static int float32bits(float f) {
        return Float.floatToRawIntBits(f);
    }

    public static float float32frombits(int b) {
        return Float.intBitsToFloat(b);
    }

    public static double abs(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & ~SIGN_MASK);
    }

    public static double copysign(double f, double sign) {
        long bits = Double.doubleToRawLongBits(f) & ~SIGN_MASK | Double.doubleToRawLongBits(sign) & SIGN_MASK;
        return Double.longBitsToDouble(bits);
    }

    public static double floor(double x) {
        return Math.floor(x);
    }

    public static double ceil(double x) {
        return Math.ceil(x);
    }

    public static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    /** math.Round: half away from zero. */
    public static double round(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int e = (int) (bits >>> SHIFT) & MASK;
        if (e < BIAS) {
            bits &= SIGN_MASK;
            if (e == BIAS - 1) {
                bits |= 0x3FF0000000000000L;
            }
        } else if (e < BIAS + SHIFT) {
            long half = 1L << (SHIFT - 1);
            e -= BIAS;
            bits += half >>> e;
            bits &= ~(FRAC_MASK >>> e);
        }
        return Double.longBitsToDouble(bits);
    }

    /** math.RoundToEven: half to even, by Go's bit manipulation (a NaN comes back unchanged). */
    public static double roundToEven(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int e = (int) (bits >>> SHIFT) & MASK;
        if (e >= BIAS) {
            long halfMinusUlp = (1L << (SHIFT - 1)) - 1;
            e -= BIAS;
            long parity = SHIFT - e < 0 ? 0 : (bits >>> (SHIFT - e)) & 1;
            bits += shr(halfMinusUlp + parity, e);
            bits &= ~shr(FRAC_MASK, e);
        } else if (e == BIAS - 1 && (bits & FRAC_MASK) != 0) {
            bits = bits & SIGN_MASK | 0x3FF0000000000000L;
        } else {
            bits &= SIGN_MASK;
        }
        return Double.longBitsToDouble(bits);
    }

    /** Go's uint64 x >> n, which is 0 from n = 64 on. */
    private static long shr(long x, int n) {
        return n >= 64 ? 0 : x >>> n;
    }

    /**
     * math.Sqrt, which Go compiles to the SQRTSD instruction on amd64: a NaN argument comes back quieted, a
     * negative one gives the instruction's default NaN (0xFFF8000000000000).
     */
    public static double sqrt(double x) {
        if (x != x) {
            return Double.longBitsToDouble(Double.doubleToRawLongBits(x) | 0x0008000000000000L);
        }
        if (x < 0) {
            return Double.longBitsToDouble(0xFFF8000000000000L);
        }
        return Math.sqrt(x);
    }

    /** math.Mod: the exact remainder of x/y with x's sign. */
    public static double mod(double x, double y) {
        if (y == 0 || Double.isInfinite(x) || x != x || y != y) {
            return nan();
        }
        return x % y;
    }

    /** math.Remainder: the IEEE 754 remainder, computed the way Go does. */
    public static double remainder(double x, double y) {
        if (x != x || y != y || Double.isInfinite(x) || y == 0) {
            return nan();
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        if (y < 0) {
            y = -y;
        }
        if (x == y) {
            return sign ? -0.0 : 0.0;
        }
        if (y <= Double.MAX_VALUE / 2) {
            x = mod(x, y + y);
        }
        if (y < 0x1p-1021) {
            if (x + x > y) {
                x -= y;
                if (x + x >= y) {
                    x -= y;
                }
            }
        } else {
            double yHalf = 0.5 * y;
            if (x > yHalf) {
                x -= y;
                if (x >= yHalf) {
                    x -= y;
                }
            }
        }
        return sign ? -x : x;
    }

    /** math.Max: +Inf wins over NaN, +0 over -0. */
    public static double max(double x, double y) {
        if (x == Double.POSITIVE_INFINITY || y == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        } else if (x != x || y != y) {
            return nan();
        } else if (x == 0 && x == y) {
            return signbit(x) ? y : x;
        }
        return x > y ? x : y;
    }

    /** math.Min: -Inf wins over NaN, -0 over +0. */
    public static double min(double x, double y) {
        if (x == Double.NEGATIVE_INFINITY || y == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        } else if (x != x || y != y) {
            return nan();
        } else if (x == 0 && x == y) {
            return signbit(x) ? x : y;
        }
        return x < y ? x : y;
    }

    /** math.Dim: max(x-y, 0); its NaNs are those of the SUBSD instruction. */
    public static double dim(double x, double y) {
        double v = x - y;
        if (v <= 0) {
            return 0;
        }
        if (v != v) {
            // SUBSD returns the first NaN operand quieted, or its default NaN for Inf-Inf
            long quiet = 0x0008000000000000L;
            if (x != x) {
                return Double.longBitsToDouble(Double.doubleToRawLongBits(x) | quiet);
            }
            if (y != y) {
                return Double.longBitsToDouble(Double.doubleToRawLongBits(y) | quiet);
            }
            return Double.longBitsToDouble(0xFFF8000000000000L);
        }
        return v;
    }

    /** The two results of math.Frexp: frac in [0.5, 1) (or 0, ±Inf, NaN as given) and exp. */
    public record Frexp(double frac, long exp) {
    }

    public static Frexp frexp(double f) {
        if (f == 0 || Double.isInfinite(f) || f != f) {
            return new Frexp(f, 0);
        }
        int exp = 0;
        if (Math.abs(f) < SMALLEST_NORMAL) {
            f *= 0x1p52;
            exp = -52;
        }
        long x = Double.doubleToRawLongBits(f);
        exp += (int) ((x >>> SHIFT) & MASK) - BIAS + 1;
        x &= ~((long) MASK << SHIFT);
        x |= (long) (-1 + BIAS) << SHIFT;
        return new Frexp(Double.longBitsToDouble(x), exp);
    }

    /** math.Ldexp: frac * 2^exp, rounded once. */
    public static double ldexp(double frac, long exp) {
        if (frac == 0 || Double.isInfinite(frac) || frac != frac) {
            return frac;
        }
        if (Math.abs(frac) < SMALLEST_NORMAL) {
            frac *= 0x1p52;
            exp -= 52;
        }
        long x = Double.doubleToRawLongBits(frac);
        exp += (int) ((x >>> SHIFT) & MASK) - BIAS;
        if (exp < -1075) {
            return copysign(0, frac);
        }
        if (exp > 1023) {
            return frac < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double m = 1;
        if (exp < -1022) {
            exp += 53;
            m = 0x1p-53;
        }
        x &= ~((long) MASK << SHIFT);
        x |= (exp + BIAS) << SHIFT;
        return m * Double.longBitsToDouble(x);
    }

    /** The two results of math.Modf: integer part and fraction, both with f's sign. */
    public record Modf(double intPart, double frac) {
    }

    public static Modf modf(double f) {
        if (f < 1) {
            if (f < 0) {
                Modf m = modf(-f);
                return new Modf(-m.intPart(), -m.frac());
            } else if (f == 0) {
                return new Modf(f, f);
            }
            return new Modf(0, f);
        }
        long x = Double.doubleToRawLongBits(f);
        int e = (int) ((x >>> SHIFT) & MASK) - BIAS;
        if (e < 64 - 12) {
            x &= ~((1L << (64 - 12 - e)) - 1);
        }
        double intPart = Double.longBitsToDouble(x);
        return new Modf(intPart, f - intPart);
    }

    public static double nextafter(double x, double y) {
        if (x != x || y != y) {
            return nan();
        } else if (x == y) {
            return x;
        } else if (x == 0) {
            return copysign(Double.longBitsToDouble(1), y);
        } else if ((y > x) == (x > 0)) {
            return Double.longBitsToDouble(Double.doubleToRawLongBits(x) + 1);
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) - 1);
    }

    public static float nextafter32(float x, float y) {
        if (x != x || y != y) {
            return (float) nan();
        } else if (x == y) {
            return x;
        } else if (x == 0) {
            return (float) copysign(Float.intBitsToFloat(1), y);
        } else if ((y > x) == (x > 0)) {
            return Float.intBitsToFloat(Float.floatToRawIntBits(x) + 1);
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(x) - 1);
    }

    /**
     * Whether {@link #pow} computes x**y as Go does: a special case, an integer y (or ±0.5), or a negative x
     * with a fractional y (NaN).
     */
    public static boolean powSupported(double x, double y) {
        return PowSpecialCases.special(x, y) != null || modf(Math.abs(y)).frac() == 0 || x < 0;
    }

    /**
     * math.Pow where {@link #powSupported}: Go's special cases, then repeated squaring of Frexp's mantissa;
     * throws UnsupportedOperationException otherwise (Go then uses Exp and Log).
     */
    public static double pow(double x, double y) {
        Double special = PowSpecialCases.special(x, y);
        if (special != null) {
            return special;
        }
        Modf m = modf(Math.abs(y));
        if (m.frac() != 0) {
            if (x < 0) {
                return nan();
            }
            throw new UnsupportedOperationException("math.Pow with a non-integer exponent uses Go's Exp and Log,"
                    + " whose last bit on amd64 is not modelled");
        }
        return PowSpecialCases.integerPower(x, y, m.intPart());
    }
}
