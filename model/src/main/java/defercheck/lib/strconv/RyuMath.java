package defercheck.lib.strconv;

/**
 * The multiplications by powers of ten that strconv's Ryu code shares (its mult64bitPow10, mult128bitPow10,
 * mulByLog2Log10 and friends), over {@link PowersOfTen}. Each product is truncated to 32 or 64 bits and
 * reports whether the dropped bits were all zero.
 */
final class RyuMath {

    /** A truncated product m*10^q*2^e2 = mant*2^exp2 (+ dropped bits), and whether nothing was dropped. */
    record Product(long mant, int exp2, boolean exact) {
    }

    private RyuMath() {
    }

    /** floor(x * log10(2)) for |x| up to about 1500. */
    static int mulByLog2Log10(int x) {
        return (x * 78913) >> 18;
    }

    /** floor(x * log2(10)) for |x| up to 500. */
    static int mulByLog10Log2(int x) {
        return (x * 108853) >> 15;
    }

    /** A 25-bit (or so) mantissa times 10^q, keeping 32 bits. */
    static Product mult64(long m, int e2, int q) {
        if (q == 0) {
            return new Product(m << 6 & 0xFFFFFFFFL, e2 - 6, true);
        }
        long pow = PowersOfTen.hi(q);
        if (q < 0) {
            pow += 1;
        }
        long hi = Unsigned.mulHigh(m, pow);
        long lo = m * pow;
        int exp2 = e2 + mulByLog10Log2(q) - 63 + 57;
        return new Product((hi << 7 | lo >>> 57) & 0xFFFFFFFFL, exp2, lo << 7 == 0);
    }

    /** A 55-bit (or so) mantissa times 10^q, keeping 64 bits. */
    static Product mult128(long m, int e2, int q) {
        if (q == 0) {
            return new Product(m << 8, e2 - 8, true);
        }
        long powLo = PowersOfTen.lo(q);
        long powHi = PowersOfTen.hi(q);
        if (q < 0) {
            powLo += 1;
        }
        int exp2 = e2 + mulByLog10Log2(q) - 127 + 119;
        long l1 = Unsigned.mulHigh(m, powLo);
        long l0 = m * powLo;
        long h1 = Unsigned.mulHigh(m, powHi);
        long h0 = m * powHi;
        long mid = l1 + h0;
        if (Unsigned.lessThan(mid, l1)) {
            h1++;
        }
        return new Product(h1 << 9 | mid >>> 55, exp2, mid << 9 == 0 && l0 == 0);
    }

    /** Whether 5^k divides m. */
    static boolean divisibleByPower5(long m, int k) {
        if (m == 0) {
            return true;
        }
        for (int i = 0; i < k; i++) {
            if (Long.remainderUnsigned(m, 5) != 0) {
                return false;
            }
            m = Long.divideUnsigned(m, 5);
        }
        return true;
    }

    /** The number of bits needed to hold the unsigned value x. */
    static int bitLength(long x) {
        return 64 - Long.numberOfLeadingZeros(x);
    }
}
