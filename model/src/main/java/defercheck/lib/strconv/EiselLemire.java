package defercheck.lib.strconv;

/**
 * The Eisel-Lemire fast path of strconv's ParseFloat: man * 10^exp10 rounded to a float64 or float32 with one
 * or two 64x64-bit multiplications by {@link PowersOfTen}; it gives up (null) whenever the truncated product
 * cannot decide the rounding, and on underflow or overflow.
 */
final class EiselLemire {

    private EiselLemire() {
    }

    /** The float's bits (float32 bits for flt F32), or null when the fast path cannot decide. */
    static Long convert(long man, int exp10, boolean neg, FloatInfo flt) {
        boolean f32 = flt == FloatInfo.F32;
        if (man == 0) {
            return neg ? (f32 ? 0x80000000L : 0x8000000000000000L) : 0L;
        }
        if (exp10 < PowersOfTen.MIN_EXP10 || exp10 > PowersOfTen.MAX_EXP10) {
            return null;
        }
        int clz = Long.numberOfLeadingZeros(man);
        man <<= clz;
        long retExp2 = (long) ((217706 * exp10 >> 16) + 64 - flt.bias()) - clz;
        long xHi = Unsigned.mulHigh(man, PowersOfTen.hi(exp10));
        long xLo = man * PowersOfTen.hi(exp10);
        long lowMask = f32 ? 0x3FFFFFFFFFL : 0x1FFL;
        if ((xHi & lowMask) == lowMask && Unsigned.lessThan(xLo + man, man)) {
            long yHi = Unsigned.mulHigh(man, PowersOfTen.lo(exp10));
            long yLo = man * PowersOfTen.lo(exp10);
            long mergedHi = xHi;
            long mergedLo = xLo + yHi;
            if (Unsigned.lessThan(mergedLo, xLo)) {
                mergedHi++;
            }
            if ((mergedHi & lowMask) == lowMask && mergedLo + 1 == 0 && Unsigned.lessThan(yLo + man, man)) {
                return null;
            }
            xHi = mergedHi;
            xLo = mergedLo;
        }
        long msb = xHi >>> 63;
        long retMantissa = xHi >>> (msb + (f32 ? 38 : 9));
        retExp2 -= 1 ^ msb;
        if (xLo == 0 && (xHi & lowMask) == 0 && (retMantissa & 3) == 1) {
            return null;
        }
        retMantissa += retMantissa & 1;
        retMantissa >>>= 1;
        int mb = flt.mantBits();
        if ((retMantissa >>> (mb + 1)) > 0) {
            retMantissa >>>= 1;
            retExp2 += 1;
        }
        long expLimit = (1L << flt.expBits()) - 1;
        if (Long.compareUnsigned(retExp2 - 1, expLimit - 1) >= 0) {
            return null;
        }
        long bits = retExp2 << mb | retMantissa & ((1L << mb) - 1);
        if (neg) {
            bits |= 1L << (mb + flt.expBits());
        }
        return bits;
    }
}
