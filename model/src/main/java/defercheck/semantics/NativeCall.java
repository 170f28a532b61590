package defercheck.semantics;

import java.util.List;

/**
 * The explicit state of one call of a native function. The interpreter steps it: a step either finishes with
 * the results, asks for a Go function to be called (the call runs as ordinary machine steps; its results come
 * back to the next step), or panics. No Go code runs on the Java stack, and a panic in a called function
 * propagates through the native frame like through any frame.
 */
public interface NativeCall {

    /** One step, with the results of the Go call the previous step asked for (empty on the first step). */
    Step step(List<Value> results);

    /** What a step does next. */
    sealed interface Step permits Step.Done, Step.Call, Step.Panic, Step.Refused, Step.Exit {

        /** The call returns {@code results}, after writing {@code output} (a byte string, may be empty). */
        record Done(List<Value> results, String output, boolean toStderr) implements Step {
            public Done(List<Value> results) {
                this(results, "", false);
            }
        }

        /** Call {@code fn} with {@code args}; the next step gets its {@code resultCount} results. */
        record Call(Value.FuncValue fn, List<Value> args, int resultCount) implements Step { }

        /** Panic with {@code value}. */
        record Panic(Value value) implements Step { }

        /** Ends the program with exit status {@code code} as os.Exit does: no deferred call runs (log.Fatal). */
        record Exit(int code) implements Step { }

        /** The run reaches what the model cannot reproduce (fmt printing a made-up address): refused. */
        record Refused(String reason) implements Step { }
    }
}
