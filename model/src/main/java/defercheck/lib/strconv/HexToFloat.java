package defercheck.lib.strconv;

/**
 * A hexadecimal literal's mantissa * 2^exp rounded to a float64 or float32, half to even, as strconv's
 * atofHex: it keeps two extra bits plus a sticky bit, denormalizes below the smallest normal exponent, and
 * overflows to infinity with a range error.
 */
final class HexToFloat {

    /** The float's bits and whether it overflowed. */
    record Bits(long bits, boolean overflow) {
    }

    private HexToFloat() {
    }

    static Bits convert(FloatInfo flt, long mantissa, int exp, boolean neg, boolean trunc) {
        int maxExp = (1 << flt.expBits()) + flt.bias() - 2;
        int minExp = flt.bias() + 1;
        int mb = flt.mantBits();
        exp += mb;
        while (mantissa != 0 && (mantissa >>> (mb + 2)) == 0) {
            mantissa <<= 1;
            exp--;
        }
        if (trunc) {
            mantissa |= 1;
        }
        while ((mantissa >>> (1 + mb + 2)) != 0) {
            mantissa = mantissa >>> 1 | mantissa & 1;
            exp++;
        }
        while (Long.compareUnsigned(mantissa, 1) > 0 && exp < minExp - 2) {
            mantissa = mantissa >>> 1 | mantissa & 1;
            exp++;
        }
        long round = mantissa & 3;
        mantissa >>>= 2;
        round |= mantissa & 1;
        exp += 2;
        if (round == 3) {
            mantissa++;
            if (mantissa == 1L << (1 + mb)) {
                mantissa >>>= 1;
                exp++;
            }
        }
        if ((mantissa >>> mb) == 0) {
            exp = flt.bias();
        }
        boolean overflow = false;
        if (exp > maxExp) {
            mantissa = 1L << mb;
            exp = maxExp + 1;
            overflow = true;
        }
        long bits = mantissa & ((1L << mb) - 1);
        bits |= (long) ((exp - flt.bias()) & ((1 << flt.expBits()) - 1)) << mb;
        if (neg) {
            bits |= 1L << mb << flt.expBits();
        }
        return new Bits(bits, overflow);
    }
}
