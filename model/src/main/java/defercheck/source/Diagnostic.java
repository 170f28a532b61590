package defercheck.source;

/** One error about an input program, printed as {@code file:line:col: message} like gc. */
public record Diagnostic(Span span, String message) implements Comparable<Diagnostic> {

    public static Diagnostic unsupported(Span span, String what) {
        return new Diagnostic(span, "unsupported: " + what);
    }

    public String render() {
        return span.position() + ": " + message;
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = Integer.compare(span.line(), o.span.line());
        return c != 0 ? c : Integer.compare(span.col(), o.span.col());
    }

    @Override
    public String toString() {
        return render();
    }
}
