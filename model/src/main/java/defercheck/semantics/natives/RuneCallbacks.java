package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A strings function that calls a Go function per rune (IndexFunc, TrimFunc, FieldsFunc, Map...). The library
 * function runs with the answers the Go function gave so far; the first rune it asks about beyond them is
 * called as Go code, and the library function runs again from the start with one more answer. The library
 * asks about the same runes in the same order each time (as Go does), so the calls are exactly Go's.
 */
final class RuneCallbacks implements NativeCall {

    /** The answers given so far, replayed to the library function; the first missing one is remembered. */
    static final class Replay {
        private final List<Value> answers;
        private int next;
        private Long missing;

        Replay(List<Value> answers) {
            this.answers = answers;
        }

        /** The Go function's answer for rune {@code r} as a predicate ({@code func(rune) bool}). */
        boolean test(int r) {
            Value v = answer(r);
            return v != null && ((Value.BoolValue) v).value();
        }

        /** The Go function's answer as a mapping ({@code func(rune) rune}). */
        long map(long r) {
            Value v = answer(r);
            return v == null ? r : ((Value.IntValue) v).value();
        }

        private Value answer(long r) {
            if (next < answers.size()) {
                return answers.get(next++);
            }
            if (missing == null) {
                missing = r;
            }
            next++;
            return null;
        }
    }

    private final NativeArgs call;
    private final Value fn;
    private final Function<Replay, Step> body;
    private final List<Value> answers = new ArrayList<>();

    /** {@code body} runs the library function with the replayed answers and makes the call's step. */
    RuneCallbacks(NativeArgs call, int fnArg, Function<Replay, Step> body) {
        this.call = call;
        this.fn = call.arg(fnArg);
        this.body = body;
    }

    @Override
    public Step step(List<Value> results) {
        if (!results.isEmpty()) {
            answers.add(results.get(0));
        }
        Replay r = new Replay(answers);
        Step s = body.apply(r);
        if (r.missing == null) {
            return s;
        }
        if (!(fn instanceof Value.FuncValue f)) {
            return call.nilDereference();
        }
        return new Step.Call(f, List.of(new Value.IntValue(Type.RUNE, r.missing)), 1);
    }
}
