package defercheck.syntax;

import defercheck.source.Diagnostic;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the diagnostics of one compilation. gc stops after 10 errors; {@link #full()} lets the
 * phases stop early the same way, which also bounds the work done on huge garbage inputs. A construct
 * outside the model is reported once per file, at its first position: {@link #unsupported(Span, String, String)}
 * names the construct, and later reports of the same construct are dropped.
 */
public final class Diagnostics {

    public static final int LIMIT = 10;

    private record Entry(Diagnostic diagnostic, String construct) { }

    private final List<Entry> list = new ArrayList<>();
    private final Set<String> constructs = new HashSet<>();
    private int distinctCount;

    public void error(Span span, String message) {
        list.add(new Entry(new Diagnostic(span, message), null));
        distinctCount++;
    }

    /** A refusal whose message is its construct. */
    public void unsupported(Span span, String what) {
        unsupported(span, what, what);
    }

    /** A refusal of {@code construct}, worded {@code "unsupported: " + what}. */
    public void unsupported(Span span, String construct, String what) {
        if (constructs.add(construct)) {
            distinctCount++;
        }
        list.add(new Entry(Diagnostic.unsupported(span, what), construct));
    }

    /** Whether some construct outside the model was reported: then errors that could follow from it are not. */
    public boolean refused() {
        return !constructs.isEmpty();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int count() {
        return list.size();
    }

    public boolean full() {
        return distinctCount >= LIMIT;
    }

    /**
     * Sorted by position (stable, so same-position messages keep their order), each refused construct once,
     * at most {@link #LIMIT}.
     */
    public List<Diagnostic> sorted() {
        List<Diagnostic> out = distinct();
        return List.copyOf(out.subList(0, Math.min(LIMIT, out.size())));
    }

    private List<Diagnostic> distinct() {
        List<Entry> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(Entry::diagnostic));
        Set<String> seen = new HashSet<>();
        List<Diagnostic> out = new ArrayList<>();
        for (Entry e : copy) {
            if (e.construct() == null || seen.add(e.construct())) {
                out.add(e.diagnostic());
            }
        }
        return out;
    }
}
