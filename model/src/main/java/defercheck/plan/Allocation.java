package defercheck.plan;

/** How gc compiles one {@code defer} site; {@link #text()} is the word pair {@code -d=defer} prints. */
public enum Allocation {
    OPEN_CODED("open-coded defer"),
    STACK("stack-allocated defer"),
    HEAP("heap-allocated defer");

    private final String text;

    Allocation(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
