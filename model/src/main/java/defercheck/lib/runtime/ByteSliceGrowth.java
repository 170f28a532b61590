package defercheck.lib.runtime;

/**
 * The capacity Go gives a []byte that append must grow (runtime.growslice for one-byte elements without
 * pointers): double a capacity below 256, else grow by a quarter plus 192 until the length fits, or take the
 * length if it exceeds double; then round the size up to the allocator's size class (runtime/sizeclasses.go),
 * or to whole 8 KiB pages above 32 KiB. The same on go1.19 to go1.23 for byte slices (the malloc header that
 * go1.22 added applies only to objects with pointers). The model's general append growth for all element
 * types lives in the semantics; this is what the byte-buffer types of lib.strings build on.
 */
public final class ByteSliceGrowth {

    private static final int[] CLASS_SIZES = {8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208,
        224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
        1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240,
        10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
    private static final long MAX_SMALL = 32768;
    private static final long PAGE = 8192;
    private static final long THRESHOLD = 256;

    private ByteSliceGrowth() {
    }

    /** The capacity after appending to a []byte of capacity {@code oldCap} up to length {@code newLen}. */
    public static long appendCap(long oldCap, long newLen) {
        if (newLen <= oldCap) {
            throw new IllegalArgumentException("no growth needed: length " + newLen + " fits capacity " + oldCap);
        }
        return roundUpSize(nextCap(oldCap, newLen));
    }

    private static long nextCap(long oldCap, long newLen) {
        long doubleCap = oldCap + oldCap;
        if (newLen > doubleCap) {
            return newLen;
        }
        if (oldCap < THRESHOLD) {
            return doubleCap;
        }
        long newCap = oldCap;
        while (newCap < newLen) {
            newCap += (newCap + 3 * THRESHOLD) >> 2;
        }
        return newCap;
    }

    /** The size the allocator hands out for a request of {@code size} bytes (runtime.roundupsize). */
    public static long roundUpSize(long size) {
        if (size == 0) {
            return 0;
        }
        if (size < MAX_SMALL) {
            for (int c : CLASS_SIZES) {
                if (c >= size) {
                    return c;
                }
            }
        }
        return (size + PAGE - 1) / PAGE * PAGE;
    }
}
