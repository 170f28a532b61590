package defercheck.source;

/**
 * A region of a source file, 1-based line and column as Go's compiler reports them
 * (columns count bytes, as gc does). {@code endLine/endCol} are exclusive-end positions.
 */
public record Span(String file, int line, int col, int endLine, int endCol) {

    public static final Span NONE = new Span("<none>", 0, 0, 0, 0);

    public static Span at(String file, int line, int col) {
        return new Span(file, line, col, line, col);
    }

    /** The smallest span that covers both. */
    public Span to(Span other) {
        return new Span(file, line, col, other.endLine, other.endCol);
    }

    /** {@code file:line:col}, the prefix of every diagnostic. */
    public String position() {
        return file + ":" + line + ":" + col;
    }

    @Override
    public String toString() {
        return position();
    }
}
