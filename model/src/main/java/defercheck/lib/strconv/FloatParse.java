package defercheck.lib.strconv;

/**
 * strconv.ParseFloat: decimal and hexadecimal literals as Go writes them (with underscores between digits),
 * "NaN", and signed "Inf"/"Infinity" in any case, rounded to the nearest float64 or float32 (bit size 32;
 * any other size means 64). The steps are strconv's: the special names, readFloat, then for hex atofHex,
 * for decimal the exact float64 arithmetic shortcut, Eisel-Lemire, and the multiprecision fallback.
 */
public final class FloatParse {

    private static final String FN = "ParseFloat";
    private static final double[] POW10_64 = new double[23];
    private static final float[] POW10_32 = new float[11];

    static {
        double p = 1;
        for (int i = 0; i < POW10_64.length; i++) {
            POW10_64[i] = p;
            p *= 10;
        }
        for (int i = 0; i < POW10_32.length; i++) {
            POW10_32[i] = (float) POW10_64[i];
        }
    }

    private FloatParse() {
    }

    /** strconv.ParseFloat(s, bitSize); a float32 result is returned as its exact float64 value. */
    public static FloatResult parseFloat(String s, int bitSize) {
        FloatInfo flt = bitSize == 32 ? FloatInfo.F32 : FloatInfo.F64;
        Special sp = Special.read(s);
        if (sp != null) {
            if (sp.length() != s.length()) {
                return syntax(s);
            }
            double v = sp.value();
            if (Double.isNaN(v)) {
                // math.NaN()'s bits; through float32 the payload bit is lost
                v = Double.longBitsToDouble(flt == FloatInfo.F32 ? 0x7FF8000000000000L : 0x7FF8000000000001L);
            }
            return new FloatResult(v, null);
        }
        FloatLiteral lit = FloatLiteral.read(s);
        if (lit == null) {
            return syntax(s);
        }
        FloatResult r = convert(s, lit, flt);
        if (lit.length() != s.length() && (r.error() == null || !r.error().isSyntax())) {
            return syntax(s);
        }
        return r;
    }

    private static FloatResult convert(String s, FloatLiteral lit, FloatInfo flt) {
        if (lit.hex()) {
            HexToFloat.Bits b = HexToFloat.convert(flt, lit.mantissa(), lit.exp(), lit.neg(), lit.trunc());
            return result(b.bits(), b.overflow(), flt, s.substring(0, lit.length()));
        }
        if (!lit.trunc()) {
            Double exact = flt == FloatInfo.F32 ? exact32(lit) : exact64(lit);
            if (exact != null) {
                return new FloatResult(exact, null);
            }
        }
        Long fast = EiselLemire.convert(lit.mantissa(), lit.exp(), lit.neg(), flt);
        if (fast != null) {
            if (!lit.trunc()) {
                return result(fast, false, flt, s);
            }
            Long up = EiselLemire.convert(lit.mantissa() + 1, lit.exp(), lit.neg(), flt);
            if (fast.equals(up)) {
                return result(fast, false, flt, s);
            }
        }
        DecimalToFloat.Bits b = DecimalToFloat.convert(s.substring(0, lit.length()), flt);
        if (b == null) {
            return syntax(s);
        }
        return result(b.bits(), b.overflow(), flt, s);
    }

    private static FloatResult result(long bits, boolean overflow, FloatInfo flt, String num) {
        double v = flt == FloatInfo.F32 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
        return new FloatResult(v, overflow ? NumError.range(FN, num) : null);
    }

    private static FloatResult syntax(String s) {
        return new FloatResult(0, NumError.syntax(FN, s));
    }

    /** atof64exact: an exact integer mantissa times or over an exact power of ten, in float64 arithmetic. */
    private static Double exact64(FloatLiteral lit) {
        long mantissa = lit.mantissa();
        if ((mantissa >>> FloatInfo.F64.mantBits()) != 0) {
            return null;
        }
        double f = mantissa;
        if (lit.neg()) {
            f = -f;
        }
        int exp = lit.exp();
        if (exp == 0) {
            return f;
        } else if (exp > 0 && exp <= 15 + 22) {
            if (exp > 22) {
                f *= POW10_64[exp - 22];
                exp = 22;
            }
            if (f > 1e15 || f < -1e15) {
                return null;
            }
            return f * POW10_64[exp];
        } else if (exp < 0 && exp >= -22) {
            return f / POW10_64[-exp];
        }
        return null;
    }

    /** atof32exact: the same in float32 arithmetic. */
    private static Double exact32(FloatLiteral lit) {
        long mantissa = lit.mantissa();
        if ((mantissa >>> FloatInfo.F32.mantBits()) != 0) {
            return null;
        }
        float f = mantissa;
        if (lit.neg()) {
            f = -f;
        }
        int exp = lit.exp();
        if (exp == 0) {
            return (double) f;
        } else if (exp > 0 && exp <= 7 + 10) {
            if (exp > 10) {
                f *= POW10_32[exp - 10];
                exp = 10;
            }
            if (f > 1e7f || f < -1e7f) {
                return null;
            }
            return (double) (f * POW10_32[exp]);
        } else if (exp < 0 && exp >= -10) {
            return (double) (f / POW10_32[-exp]);
        }
        return null;
    }
}
