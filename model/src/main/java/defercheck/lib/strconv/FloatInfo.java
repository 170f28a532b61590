package defercheck.lib.strconv;

/**
 * The layout of an IEEE 754 binary format as strconv describes it (its floatInfo): stored mantissa bits,
 * exponent bits, and the bias such that a normal value is 1.mant * 2^(exp + bias).
 */
record FloatInfo(int mantBits, int expBits, int bias) {

    static final FloatInfo F32 = new FloatInfo(23, 8, -127);
    static final FloatInfo F64 = new FloatInfo(52, 11, -1023);

    static FloatInfo of(int bitSize) {
        return bitSize == 32 ? F32 : F64;
    }
}
