package defercheck.lib.fmt;

import java.util.List;

/**
 * What a formatting run gives: the text, a method call the engine needs before it can go on, or a panic that
 * escapes the fmt call (a method panicked while fmt was printing another method's panic value).
 */
public sealed interface Formatted permits Formatted.Done, Formatted.NeedsCall, Formatted.Panics {

    /**
     * The formatted text (a byte string). For Errorf, {@code wrapped} lists the argument indexes of the %w
     * verbs fmt accepted, in order (go1.19: at most one; from go1.20 every %w, repeated ones too), and
     * {@code reordered} says whether explicit argument indexes were used (Errorf then sorts them).
     */
    record Done(String text, List<Integer> wrapped, boolean reordered) implements Formatted {
        public Done {
            wrapped = List.copyOf(wrapped);
        }
    }

    /**
     * Make this call ({@code method} on the value whose handle is {@code receiver}), append its result to the
     * results, and run the same formatting again. Calls are asked for in the order Go makes them.
     */
    record NeedsCall(Object receiver, GoMethod method) implements Formatted {
    }

    /** The fmt call panics with {@code value}. */
    record Panics(Operand value) implements Formatted {
    }
}
