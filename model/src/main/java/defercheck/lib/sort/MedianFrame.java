package defercheck.lib.sort;

/**
 * sort's median(data, a, b, c, &swaps) as three order2 steps (each asks {@code Less(second, first)} and
 * exchanges the two indexes when true); returns the median index, with the number of exchanges as the flag.
 */
record MedianFrame(int x, int y, int z, int swaps, int stage) implements Frame {

    static MedianFrame of(int a, int b, int c) {
        return new MedianFrame(a, b, c, 0, 0);
    }

    @Override
    public Effect step(Resumed in) {
        int x = this.x;
        int y = this.y;
        int z = this.z;
        int swaps = this.swaps;
        if (stage > 0 && in.less()) {
            swaps++;
            if (stage == 2) {
                int t = y;
                y = z;
                z = t;
            } else {
                int t = x;
                x = y;
                y = t;
            }
        }
        return switch (stage) {
            case 0, 2 -> Effect.less(y, x, new MedianFrame(x, y, z, swaps, stage + 1));
            case 1 -> Effect.less(z, y, new MedianFrame(x, y, z, swaps, stage + 1));
            default -> new Effect.Return(y, swaps);
        };
    }
}
