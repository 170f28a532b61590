package defercheck.fast;

/** The runtime throws a strategy machine can reach, so a fast run can name them with an int. */
enum FatalMessage {
    BAD_DEFER_ENTRY_IN_PANIC("bad defer entry in panic"),
    BAD_DEFER_ENTRY_IN_GOEXIT("bad defer entry in Goexit"),
    UNFINISHED_OPEN_IN_DEFERRETURN("unfinished open-coded defers in deferreturn"),
    UNFINISHED_OPEN_IN_GOEXIT("unfinished open-coded defers in Goexit"),
    DUPLICATED_DEFER_ENTRY("duplicated defer entry"),
    BAD_PANIC_STACK("bad panic stack");

    final String text;

    FatalMessage(String text) {
        this.text = text;
    }

    static FatalMessage of(String text) {
        for (FatalMessage m : values()) {
            if (m.text.equals(text)) {
                return m;
            }
        }
        return null;
    }
}
