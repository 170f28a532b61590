package defercheck.reduce;

import defercheck.coreprogram.CoreProgram;
import java.util.function.Predicate;

/**
 * Delta debugging on core programs: greedily applies the first one-step simplification that keeps the
 * failure, until none does. Every candidate is put in canonical form, so the result is a program the
 * enumerator can rank (in a bound big enough for it), and it is 1-minimal: no single simplification of it
 * still fails.
 */
public final class Reducer {
    private Reducer() {
    }

    public static CoreProgram reduce(CoreProgram start, Predicate<CoreProgram> fails) {
        CoreProgram p = start;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (CoreProgram candidate : Simplifications.of(p)) {
                CoreProgram c = Renaming.canonical(candidate);
                if (c != null && !c.equals(p) && fails.test(c)) {
                    p = c;
                    progress = true;
                    break;
                }
            }
        }
        return p;
    }
}
