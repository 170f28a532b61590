package defercheck.lib.errors;

import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * errors.Join (Go 1.20 on) without Go values: which arguments the joined error keeps, and its Error text. Join
 * keeps the non-nil errors in order (its Unwrap returns exactly them, a slice of that length and capacity) and
 * returns nil when there is none. Its Error method calls Error on each kept error once, in order, every time it
 * is called, and joins the texts with newlines; a single kept error's text is returned as it is. The same
 * text on go1.21, 1.22 and 1.23 (1.21 builds it differently).
 */
public final class JoinedErrors {

    private JoinedErrors() {
    }

    /** Whether release {@code go} has errors.Join. */
    public static boolean available(GoVersion go) {
        return go.minor() >= 20;
    }

    /** The indexes of the arguments Join keeps; empty means Join returns nil. */
    public static List<Integer> kept(boolean[] argumentIsNil) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < argumentIsNil.length; i++) {
            if (!argumentIsNil[i]) {
                out.add(i);
            }
        }
        return out;
    }

    /** The joined error's Error text, given each kept error's Error text in order (at least one). */
    public static String text(List<String> keptErrorTexts) {
        if (keptErrorTexts.isEmpty()) {
            throw new IllegalArgumentException("errors.Join of no error is nil, it has no text");
        }
        return String.join("\n", keptErrorTexts);
    }
}
