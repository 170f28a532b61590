package defercheck.lib.strconv;

/**
 * Go's uint64 and uint32 arithmetic on Java longs: shifts by the width or more give 0 (Java would shift
 * modulo the width), and the high half of a 64x64-bit product is unsigned.
 */
final class Unsigned {

    private Unsigned() {
    }

    /** x >> n for a uint64. */
    static long shr(long x, int n) {
        return n >= 64 ? 0 : x >>> n;
    }

    /** x << n for a uint64. */
    static long shl(long x, int n) {
        return n >= 64 ? 0 : x << n;
    }

    /** 1<<n - 1 for a uint64 (all ones from n = 64). */
    static long mask(int n) {
        return shl(1L, n) - 1;
    }

    /** The high 64 bits of the unsigned 128-bit product a*b (bits.Mul64's hi). */
    static long mulHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    static boolean lessThan(long a, long b) {
        return Long.compareUnsigned(a, b) < 0;
    }
}
