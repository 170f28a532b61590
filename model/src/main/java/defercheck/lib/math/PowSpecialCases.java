package defercheck.lib.math;

/** math.Pow's special cases and its integer-exponent loop (math/pow.go). */
final class PowSpecialCases {

    private PowSpecialCases() {
    }

    /** The result of a special case, or null when Pow computes. */
    static Double special(double x, double y) {
        if (y == 0 || x == 1) {
            return 1.0;
        } else if (y == 1) {
            return x;
        } else if (x != x || y != y) {
            return GoMath.nan();
        } else if (x == 0) {
            if (y < 0) {
                return GoMath.signbit(x) && isOddInt(y) ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return GoMath.signbit(x) && isOddInt(y) ? x : 0.0;
        } else if (Double.isInfinite(y)) {
            if (x == -1) {
                return 1.0;
            }
            return (Math.abs(x) < 1) == (y > 0) ? 0.0 : Double.POSITIVE_INFINITY;
        } else if (Double.isInfinite(x)) {
            if (x < 0) {
                return GoMath.pow(1 / x, -y);
            }
            return y < 0 ? 0.0 : Double.POSITIVE_INFINITY;
        } else if (y == 0.5) {
            return GoMath.sqrt(x);
        } else if (y == -0.5) {
            double r = GoMath.sqrt(x);
            // 1/NaN is that NaN (DIVSD returns its NaN operand)
            return r != r ? r : 1 / r;
        }
        return null;
    }

    private static boolean isOddInt(double x) {
        if (Math.abs(x) >= 0x1p53) {
            return false;
        }
        GoMath.Modf m = GoMath.modf(x);
        return m.frac() == 0 && ((long) m.intPart() & 1) == 1;
    }

    /** x**y for an integer y = ±yi: squarings of Frexp(x)'s mantissa, powers of two kept apart. */
    static double integerPower(double x, double y, double yi) {
        if (yi >= 0x1p63) {
            if (x == -1) {
                return 1.0;
            }
            return (Math.abs(x) < 1) == (y > 0) ? 0.0 : Double.POSITIVE_INFINITY;
        }
        double a1 = 1.0;
        long ae = 0;
        GoMath.Frexp fr = GoMath.frexp(x);
        double x1 = fr.frac();
        long xe = fr.exp();
        for (long i = (long) yi; i != 0; i >>= 1) {
            if (xe < -(1 << 12) || (1 << 12) < xe) {
                // the exponent is already out of range: Ldexp gives 0 or Inf
                ae += xe;
                break;
            }
            if ((i & 1) == 1) {
                a1 *= x1;
                ae += xe;
            }
            x1 *= x1;
            xe <<= 1;
            if (x1 < .5) {
                x1 += x1;
                xe--;
            }
        }
        if (y < 0) {
            a1 = 1 / a1;
            ae = -ae;
        }
        return GoMath.ldexp(a1, ae);
    }
}
