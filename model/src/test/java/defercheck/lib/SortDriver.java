package defercheck.lib;

import defercheck.lib.sort.BinarySearch;
import defercheck.lib.sort.SortMachine;
import defercheck.lib.sort.SortStep;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a sort machine over Java data the way lib/gen/sort.go runs Go's sort: the same inputs from the same
 * seeds (its splitmix64 generator and patterns), a less that compares keys or, for the "coin", "alwaystrue" and
 * "indexgt" patterns, answers without looking at them, and an FNV-1a hash of the call log.
 */
final class SortDriver {

    private static final List<String> PATTERNS = List.of("rand", "perm", "sorted", "reversed", "equal", "pipe",
            "saw", "nearly", "descdup", "coin", "alwaystrue", "indexgt");
    /** lib/gen/slices.go's patterns: its cmp sees elements, so "idgt" (reverse id order) replaces "indexgt". */
    private static final List<String> SLICES_PATTERNS = List.of("rand", "perm", "sorted", "reversed", "equal",
            "pipe", "saw", "nearly", "descdup", "coin", "alwaystrue", "idgt");

    private final String pattern;
    private final int n;
    private final long seed;
    private int[] keys;
    private int[] ids;
    private long log;
    private int lessCalls;
    private int swapCalls;
    private Rng coin;

    private final boolean byElements;

    private SortDriver(String pattern, int n, boolean byElements) {
        this.pattern = pattern;
        this.n = n;
        this.byElements = byElements;
        this.seed = n * 100L + (byElements ? SLICES_PATTERNS : PATTERNS).indexOf(pattern);
    }

    static SortDriver of(String pattern, int n) {
        if (!PATTERNS.contains(pattern)) {
            throw new IllegalArgumentException("unknown pattern " + pattern);
        }
        return new SortDriver(pattern, n, false);
    }

    /** For lib/gen/slices.go: less is {@code cmp(x[i], x[j]) < 0}, logged by the two elements' ids. */
    static SortDriver ofSlices(String pattern, int n) {
        if (!SLICES_PATTERNS.contains(pattern)) {
            throw new IllegalArgumentException("unknown pattern " + pattern);
        }
        return new SortDriver(pattern, n, true);
    }

    /** The slices generator's "hash calls result" for SortFunc, SortStableFunc or IsSortedFunc. */
    String runSlices(String alg, GoVersion v) {
        reset();
        SortStep first = switch (alg) {
            case "sortfunc" -> SortMachine.sort(v, n);
            case "stablefunc" -> SortMachine.stable(v, n);
            case "issortedfunc" -> SortMachine.isSorted(v, n);
            default -> throw new IllegalArgumentException(alg);
        };
        SortStep.Done done = drive(first, false, m -> { });
        long result = alg.equals("issortedfunc") ? (done.result() ? 1 : 0) : orderHash();
        return String.format("%016x %d %016x", log, lessCalls, result);
    }

    /** The generator's "hash less swaps result" for one algorithm. */
    String run(String alg, GoVersion v) {
        reset();
        SortStep first = switch (alg) {
            case "sort", "slice" -> SortMachine.sort(v, n);
            case "stable", "slicestable" -> SortMachine.stable(v, n);
            case "issorted" -> SortMachine.isSorted(v, n);
            default -> throw new IllegalArgumentException(alg);
        };
        boolean logSwaps = alg.equals("sort") || alg.equals("stable") || alg.equals("issorted");
        SortStep.Done done = drive(first, logSwaps, m -> { });
        long result = alg.equals("issorted") ? (done.result() ? 1 : 0) : orderHash();
        return String.format("%016x %d %d %016x", log, lessCalls, swapCalls, result);
    }

    void runObserving(SortStep first, Consumer<SortMachine> observer) {
        reset();
        drive(first, true, observer);
    }

    private SortStep.Done drive(SortStep first, boolean logSwaps, Consumer<SortMachine> observer) {
        SortStep s = first;
        while (!(s instanceof SortStep.Done)) {
            if (s instanceof SortStep.Less l) {
                observer.accept(l.machine());
                s = l.answer(less(l.i(), l.j()));
            } else {
                SortStep.Swap w = (SortStep.Swap) s;
                observer.accept(w.machine());
                if (logSwaps) {
                    swapCalls++;
                    add("S" + w.i() + "," + w.j() + ";");
                }
                swap(keys, w.i(), w.j());
                swap(ids, w.i(), w.j());
                s = w.swapped();
            }
        }
        return (SortStep.Done) s;
    }

    private boolean less(int i, int j) {
        if (byElements) {
            return cmp(i, j) < 0;
        }
        lessCalls++;
        add("L" + i + "," + j + ";");
        return switch (pattern) {
            case "coin" -> (coin.next() & 1) == 1;
            case "alwaystrue" -> true;
            case "indexgt" -> i > j;
            default -> keys[i] < keys[j];
        };
    }

    private int cmp(int i, int j) {
        lessCalls++;
        add("C" + ids[i] + "," + ids[j] + ";");
        return switch (pattern) {
            case "coin" -> (coin.next() & 1) == 1 ? -1 : 1;
            case "alwaystrue" -> -1;
            case "idgt" -> ids[j] - ids[i];
            default -> keys[i] - keys[j];
        };
    }

    private void reset() {
        keys = keys(new Rng(seed));
        ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        log = Fnv.OFFSET;
        lessCalls = 0;
        swapCalls = 0;
        coin = pattern.equals("coin") ? new Rng(seed + 1) : null;
    }

    private int[] keys(Rng r) {
        int[] k = new int[n];
        for (int i = 0; i < n; i++) {
            k[i] = switch (pattern) {
                case "rand" -> (int) Long.remainderUnsigned(r.next(), n / 4 + 1);
                case "reversed" -> n - i;
                case "equal" -> 7;
                case "pipe" -> Math.min(i, n - i);
                case "saw" -> i % 7;
                case "descdup" -> (n - i) / 3;
                default -> i;
            };
        }
        if (pattern.equals("perm")) {
            for (int i = n - 1; i > 0; i--) {
                swap(k, i, (int) Long.remainderUnsigned(r.next(), i + 1));
            }
        }
        if (pattern.equals("nearly") && n > 1) {
            for (int t = 0; t < 3; t++) {
                int i = (int) Long.remainderUnsigned(r.next(), n);
                int j = (int) Long.remainderUnsigned(r.next(), n);
                swap(k, i, j);
            }
        }
        return k;
    }

    private long orderHash() {
        long h = Fnv.OFFSET;
        for (int id : ids) {
            h = Fnv.add(h, id + ",");
        }
        return h;
    }

    private void add(String s) {
        log = Fnv.add(log, s);
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** sort.Float64s of the generator's hex bits: Float64Slice.Less (and cmp.Less from go1.22): NaNs first. */
    static String float64s(GoVersion v, String hexBits) {
        if (hexBits.equals("-")) {
            return "-";
        }
        String[] parts = hexBits.split(",");
        double[] x = new double[parts.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Double.longBitsToDouble(Long.parseUnsignedLong(parts[i], 16));
        }
        SortStep s = SortMachine.sort(v, x.length);
        while (!(s instanceof SortStep.Done)) {
            if (s instanceof SortStep.Less l) {
                double a = x[l.i()];
                double b = x[l.j()];
                s = l.answer(a < b || (Double.isNaN(a) && !Double.isNaN(b)));
            } else {
                SortStep.Swap w = (SortStep.Swap) s;
                double t = x[w.i()];
                x[w.i()] = x[w.j()];
                x[w.j()] = t;
                s = w.swapped();
            }
        }
        List<String> out = new ArrayList<>();
        for (double d : x) {
            out.add(Long.toHexString(Double.doubleToRawLongBits(d)));
        }
        return String.join(",", out);
    }

    /** sort.Search over keys 2*i for {@code target}, or with coin answers when the target is negative. */
    static String search(int n, int target) {
        long h = Fnv.OFFSET;
        Rng coin = new Rng(n);
        BinarySearch.Step s = BinarySearch.start(n);
        while (s instanceof BinarySearch.Probe p) {
            h = Fnv.add(h, "P" + p.h() + ";");
            boolean f = target < 0 ? (coin.next() & 1) == 1 : 2 * p.h() >= target;
            s = p.answer(!f);
        }
        return String.format("%016x %d", h, ((BinarySearch.Found) s).index());
    }

    /** The generators' splitmix64. */
    static final class Rng {
        private long s;

        Rng(long seed) {
            s = seed;
        }

        long next() {
            s += 0x9E3779B97F4A7C15L;
            long z = s;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }

    /** FNV-1a 64 over the bytes of ASCII text. */
    static final class Fnv {
        static final long OFFSET = 0xcbf29ce484222325L;

        static long add(long h, String s) {
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
            return h;
        }
    }
}
