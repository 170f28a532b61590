package defercheck.semantics;

import defercheck.ir.Instr;
import defercheck.semantics.Value.IntValue;

/**
 * The bounds checks of a slice expression in the runtime's order and with its messages: for {@code x[lo:hi]},
 * hi against the length (string, array) or capacity (slice), then lo against hi; for {@code x[lo:hi:max]},
 * max against the capacity, hi against max, lo against hi.
 */
final class SliceBounds {

    private SliceBounds() {
    }

    /** {lo, hi, max} within bounds, or null after raising the bounds error. */
    static long[] check(Host host, Frame f, Instr.Slice s, IntValue lo, IntValue hi, IntValue max, long len, long cap,
                        boolean lenBound) {
        long l = lo == null ? 0 : lo.value();
        if (s.max()) {
            if (!RuntimeErrors.inRange(max, cap + 1)) {
                RuntimeErrors.bounds(host, f, lenBound ? RuntimeErrors.Bounds.SLICE3_ALEN
                        : RuntimeErrors.Bounds.SLICE3_ACAP, max, cap, s.span());
                return null;
            }
            long m = max.value();
            long h = hi.value();
            if (!RuntimeErrors.inRange(hi, m + 1)) {
                RuntimeErrors.bounds(host, f, RuntimeErrors.Bounds.SLICE3_B, hi, m, s.span());
                return null;
            }
            if (lo != null && !RuntimeErrors.inRange(lo, h + 1)) {
                RuntimeErrors.bounds(host, f, RuntimeErrors.Bounds.SLICE3_C, lo, h, s.span());
                return null;
            }
            return new long[] {l, h, m};
        }
        long h = len;
        if (hi != null) {
            long bound = lenBound ? len : cap;
            if (!RuntimeErrors.inRange(hi, bound + 1)) {
                RuntimeErrors.bounds(host, f, lenBound ? RuntimeErrors.Bounds.SLICE_ALEN : RuntimeErrors.Bounds.SLICE_ACAP,
                        hi, bound, s.span());
                return null;
            }
            h = hi.value();
        }
        if (lo != null && !RuntimeErrors.inRange(lo, h + 1)) {
            RuntimeErrors.bounds(host, f, RuntimeErrors.Bounds.SLICE_B, lo, h, s.span());
            return null;
        }
        return new long[] {l, h, cap};
    }
}
