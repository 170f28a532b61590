package defercheck.fast;

import java.util.Arrays;

/**
 * The observables of one fast run as ints, in the order the machine produced them: the semantics contract of
 * docs/semantics.md, "The observables" (deferred calls started, recover results, returns, output, the ending with
 * its exit code and the crash text's panic lines). Equal sequences mean equal reference observables: each record
 * spells one observable event, and stdout and the compared part of stderr are the concatenation of the output
 * records and the crash lines. Reused across programs; {@link #clear()} starts a run.
 */
final class Observed {
    /** deferred call started: frame's function, site, instance */
    static final int DEFERRED = 1;
    /** recover() returned: value (0 for nil), (line << 8) | column */
    static final int RECOVERED = 2;
    /** a Go function returned: function, result (or -1 without one) */
    static final int RETURNED = 3;
    /** println: value, to stderr */
    static final int PRINTLN = 4;
    /** fmt.Println(recover()): value (0 for nil), to stdout */
    static final int FMT_PRINTLN = 5;
    /** the run ended: Outcome.Kind ordinal, exit code */
    static final int FINISHED = 6;
    /** one line of the crash text: panic value (-1: tabs alone), recovered (0/1), tabs before it */
    static final int PANIC_LINE = 7;
    /** a runtime throw: which message (see {@link FatalMessage}) */
    static final int FATAL = 8;
    /** a go statement started a goroutine: the function it runs */
    static final int GO = 9;
    /** wg.Wait() was called (0) */
    static final int WAIT = 10;

    private int[] data = new int[256];
    private int size;

    void clear() {
        size = 0;
    }

    void add(int tag, int a) {
        ensure(2);
        data[size++] = tag;
        data[size++] = a;
    }

    void add(int tag, int a, int b) {
        ensure(3);
        data[size++] = tag;
        data[size++] = a;
        data[size++] = b;
    }

    void add(int tag, int a, int b, int c) {
        ensure(4);
        data[size++] = tag;
        data[size++] = a;
        data[size++] = b;
        data[size++] = c;
    }

    private void ensure(int n) {
        if (size + n > data.length) {
            data = Arrays.copyOf(data, Math.max(2 * data.length, size + n));
        }
    }

    int size() {
        return size;
    }

    boolean sameAs(Observed o) {
        return Arrays.equals(data, 0, size, o.data, 0, o.size);
    }

    int[] toArray() {
        return Arrays.copyOf(data, size);
    }

    /** A readable spelling, for reports of disagreements. */
    static String describe(int[] xs, FastCode code) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < xs.length) {
            int tag = xs[i];
            int n = arity(tag);
            sb.append(i == 0 ? "" : "; ").append(tagName(tag));
            for (int k = 1; k <= n && i + k < xs.length; k++) {
                int v = xs[i + k];
                boolean fn = k == 1 && (tag == DEFERRED || tag == RETURNED) && code != null && v >= 0 && v < code.functions;
                sb.append(' ').append(fn ? code.name(v) : Integer.toString(v));
            }
            i += n + 1;
        }
        return sb.toString();
    }

    static int arity(int tag) {
        return switch (tag) {
            case DEFERRED, PANIC_LINE -> 3;
            case RECOVERED, RETURNED, FINISHED -> 2;
            default -> 1;
        };
    }

    private static String tagName(int tag) {
        return switch (tag) {
            case DEFERRED -> "deferred";
            case RECOVERED -> "recover";
            case RETURNED -> "returned";
            case PRINTLN -> "println";
            case FMT_PRINTLN -> "fmt.Println";
            case FINISHED -> "finished";
            case PANIC_LINE -> "panic-line";
            case FATAL -> "fatal";
            case GO -> "go";
            case WAIT -> "wait";
            default -> "?" + tag;
        };
    }
}
