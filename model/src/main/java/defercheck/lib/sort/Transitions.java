package defercheck.lib.sort;

import java.util.function.BiFunction;

/**
 * Runs a frame's transitions until one yields an {@link Effect}: a transition returns either an Effect or the
 * frame to continue with (the same routine at another program counter). Only the first transition sees the
 * value the frame resumed with.
 */
final class Transitions {

    private Transitions() {
    }

    static <F extends Frame> Effect run(F start, Resumed in, BiFunction<F, Resumed, Object> transition) {
        F frame = start;
        Resumed input = in;
        while (true) {
            Object next = transition.apply(frame, input);
            if (next instanceof Effect e) {
                return e;
            }
            @SuppressWarnings("unchecked")
            F f = (F) next;
            frame = f;
            input = Resumed.NOTHING;
        }
    }
}
