package defercheck.semantics;

import defercheck.ir.Type;
import defercheck.ir.TypeSizes;
import defercheck.source.GoVersion;

/**
 * The capacity append gives a slice it must grow (runtime.growslice): the version's growth rule, then rounded
 * up to the allocator's size class. The size classes are the allocator's object sizes (runtime/sizeclasses.go);
 * from Go 1.22 an object with pointers larger than 512 bytes carries an 8-byte malloc header (runtime/mbitmap.go).
 */
final class SliceGrowth {

    /** The small-object sizes of the allocator, in bytes. */
    private static final int[] CLASS_SIZES = {8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
        240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
        2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
        12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
    private static final long MAX_SMALL = 32768;
    private static final long PAGE = 8192;
    private static final long MALLOC_HEADER = 8;
    private static final long MIN_SIZE_FOR_HEADER = 512;

    private SliceGrowth() {
    }

    /** The new capacity for a slice of {@code elem} with length {@code oldLen} and capacity {@code oldCap} growing to {@code newLen}. */
    static long newCap(GoVersion v, Type elem, long oldLen, long oldCap, long newLen) {
        long size = TypeSizes.size(elem);
        long cap = v.atLeast(18) ? nextCap(newLen, oldCap) : nextCapBefore18(newLen, oldLen, oldCap);
        if (size == 0) {
            return newLen;
        }
        long mem = roundUpSize(cap * size, !TypeSizes.hasPointers(elem), v);
        return mem / size;
    }

    /** Go 1.18 on: double small slices, then grow by about 1.25x with a smooth transition from 256 elements. */
    private static long nextCap(long newLen, long oldCap) {
        long newCap = oldCap;
        long doubleCap = newCap + newCap;
        if (newLen > doubleCap) {
            return newLen;
        }
        final long threshold = 256;
        if (oldCap < threshold) {
            return doubleCap;
        }
        while (true) {
            newCap += (newCap + 3 * threshold) >> 2;
            if (newCap >= newLen) {
                break;
            }
        }
        return newCap <= 0 ? newLen : newCap;
    }

    /** Before Go 1.18: double while the length is below 1024, then grow by 1.25x. */
    private static long nextCapBefore18(long newLen, long oldLen, long oldCap) {
        long newCap = oldCap;
        long doubleCap = newCap + newCap;
        if (newLen > doubleCap) {
            return newLen;
        }
        if (oldLen < 1024) {
            return doubleCap;
        }
        while (0 < newCap && newCap < newLen) {
            newCap += newCap / 4;
        }
        return newCap <= 0 ? newLen : newCap;
    }

    private static long roundUpSize(long size, boolean noscan, GoVersion v) {
        long req = size;
        boolean header = v.atLeast(22);
        if (header ? req <= MAX_SMALL - MALLOC_HEADER : req < MAX_SMALL) {
            if (header && !noscan && req > MIN_SIZE_FOR_HEADER) {
                req += MALLOC_HEADER;
            }
            for (int c : CLASS_SIZES) {
                if (c >= req) {
                    return c - (req - size);
                }
            }
        }
        return (size + PAGE - 1) / PAGE * PAGE;
    }
}
