package defercheck.lib.strings;

import java.util.List;

/**
 * A []string that strings.Split and its relatives return: the elements, the capacity Go's result has (SplitN
 * with n greater than the number of pieces allocates n, at most len(s)+1), and whether it is the nil slice
 * (SplitN with n == 0). The capacity shows in cap() and in whether a later append copies.
 */
public record Pieces(List<String> elems, int cap, boolean nil) {

    public Pieces {
        elems = List.copyOf(elems);
    }

    static Pieces of(List<String> elems) {
        return new Pieces(elems, elems.size(), false);
    }

    static final Pieces NIL = new Pieces(List.of(), 0, true);
}
