package defercheck.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plain words for the names a trace shows that a Go program never spells: the compiler's and the runtime's own.
 * A narration gives each note once, the first time its name appears; the HTML report lists the notes its trace
 * needs.
 */
public final class Glossary {
    /** A name as it appears in a trace, and what it means. */
    public record Note(String name, String marker, String text) {
    }

    public static final List<Note> NOTES = List.of(
            new Note("deferwrap(F)", "deferwrap(",
                    "the wrapper the compiler makes for a deferred call of a builtin or library function F: the"
                            + " arguments are evaluated at the defer statement, and the wrapper calls F when the"
                            + " deferred call runs (cmd/compile rewrites such a defer into a closure call)"),
            new Note("~r0", "~r",
                    "~r0, ~r1, ...: the compiler's names for unnamed results (a debugger shows them so too);"
                            + " a deferred call cannot change them"),
            new Note("var #N", "(var #",
                    "a variable some closure captured: Go closures capture by reference, so every frame that"
                            + " shows the same var #N sees one and the same variable"),
            new Note("@L:C", " @",
                    "a deferred call is named with the line:column of its defer statement"),
            new Note("sp", "sp=0x",
                    "the frame's stack pointer; made up, but ordered as the runtime's are: the runtime matches"
                            + " records to frames by sp"),
            new Note("deferBits", "deferBits",
                    "open-coded defers: bit i set means defer site i of the frame has been reached and its call"
                            + " still has to run (slots hold the deferred functions)"),
            new Note("g._defer", "g._defer",
                    "the goroutine's chain of _defer records, newest first: heap- and stack-allocated defers,"
                            + " and the synthetic records a panic adds for open-coded frames (runtime/panic.go)"),
            new Note("[gN]", "[g1] ",
                    "the goroutine the step belongs to, by the goid the runtime gives it (1 is main's);"
                            + " a change from one step to the next is where the scheduler switched"),
            new Note("pool", "pool:",
                    "the runtime's free _defer records, per P and global, that deferproc reuses"));

    private Glossary() {
    }

    /** The notes whose name occurs in {@code text} and is not in {@code given}; adds them to {@code given}. */
    public static List<Note> newIn(String text, Set<String> given) {
        List<Note> out = new ArrayList<>();
        for (Note n : NOTES) {
            if (text.contains(n.marker()) && given.add(n.name())) {
                out.add(n);
            }
        }
        return out;
    }
}
