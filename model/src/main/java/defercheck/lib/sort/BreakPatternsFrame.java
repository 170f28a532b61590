package defercheck.lib.sort;

/**
 * sort's breakPatterns(data, a, b): for ranges of at least 8 elements, swaps the three elements around the
 * middle with positions drawn from a xorshift generator seeded with the length (so the same on every run).
 */
record BreakPatternsFrame(int a, int length, long random, int idx) implements Frame {

    static BreakPatternsFrame of(int a, int b) {
        int length = b - a;
        return new BreakPatternsFrame(a, length, length, a + (length / 4) * 2 - 1);
    }

    @Override
    public Effect step(Resumed in) {
        if (length < 8 || idx > a + (length / 4) * 2 + 1) {
            return Effect.done();
        }
        long r = random;
        r ^= r << 13;
        r ^= r >>> 17;
        r ^= r << 5;
        long modulus = 1L << (64 - Long.numberOfLeadingZeros(length));
        int other = (int) (r & (modulus - 1));
        if (other >= length) {
            other -= length;
        }
        return Effect.swap(idx, a + other, new BreakPatternsFrame(a, length, r, idx + 1));
    }
}
