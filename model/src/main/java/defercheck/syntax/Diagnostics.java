package defercheck.syntax;

import defercheck.source.Diagnostic;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one compilation. gc stops after 10 errors; {@link #full()} lets the
 * phases stop early the same way, which also bounds the work done on huge garbage inputs.
 */
public final class Diagnostics {

    public static final int LIMIT = 10;

    private final List<Diagnostic> list = new ArrayList<>();

    public void error(Span span, String message) {
        list.add(new Diagnostic(span, message));
    }

    public void unsupported(Span span, String what) {
        list.add(Diagnostic.unsupported(span, what));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int count() {
        return list.size();
    }

    public boolean full() {
        return list.size() >= LIMIT;
    }

    /** Sorted by position (stable, so same-position messages keep their order), at most {@link #LIMIT}. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(list);
        copy.sort(null);
        return List.copyOf(copy.subList(0, Math.min(LIMIT, copy.size())));
    }
}
