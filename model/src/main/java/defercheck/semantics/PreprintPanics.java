package defercheck.semantics;

import defercheck.ir.Function;
import defercheck.ir.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * runtime.preprintpanics: before a crash prints the panic chain, the runtime replaces each panic value that is
 * an error by its Error() text and each Stringer by its String() text, newest panic first. The methods are Go
 * code, so this runs as a native frame on top of the panicking frame; each call goes through the recovering
 * wrapper {@value #WRAPPER} (the lowering adds it to programs with such methods). A method that panics makes
 * the runtime throw "panic while printing panic value", which the model refuses.
 */
public final class PreprintPanics implements NativeCall {
    /** The recovering call wrapper (LibraryWrappers). */
    public static final String WRAPPER = "runtime.preprintpanics.call";
    private static final Type.Func STRING_FUNC = new Type.Func(List.of(), List.of(Type.STRING), false);

    /** A panic record as preprintpanics sees it: its value and the text it is replaced by. */
    public interface Arg {
        Value value();

        boolean goexit();

        String printed();

        void setPrinted(String text);
    }

    private final Host host;
    private final List<Arg> pending;
    private Arg waiting;

    private PreprintPanics(Host host, List<Arg> pending) {
        this.host = host;
        this.pending = pending;
    }

    /**
     * Pushes the native frame when some record of {@code oldestFirst} still needs a method call; false when the
     * crash can print at once. {@code top} gives the frame the push made, for its state.
     */
    public static boolean start(Host host, Frame caller, List<? extends Arg> oldestFirst, Supplier<Frame> top) {
        List<Arg> pending = new ArrayList<>();
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            Arg a = oldestFirst.get(i);
            if (!a.goexit() && a.printed() == null && method(host, a.value()) != null) {
                pending.add(a);
            }
        }
        if (pending.isEmpty()) {
            return false;
        }
        Function fn = Natives.function("runtime.preprintpanics", new Type.Func(List.of(), List.of()));
        host.call(caller, new Value.FuncValue(fn, new Box[0]), List.of(), fn.span());
        top.get().setNativeState(new Natives.State(new PreprintPanics(host, pending)));
        return true;
    }

    /** Error if the value is an error, else String if a Stringer (user methods; runtime errors print as is). */
    private static Function method(Host host, Value v) {
        if (v == null || v instanceof Value.RuntimeErrorValue) {
            return null;
        }
        Function error = Dispatch.stringMethod(host.program(), v, "Error");
        return error != null ? error : Dispatch.stringMethod(host.program(), v, "String");
    }

    @Override
    public Step step(List<Value> results) {
        if (waiting != null) {
            if (((Value.BoolValue) results.get(2)).value()) {
                return new Step.Refused("a panic while printing a panic value (the runtime throws)");
            }
            waiting.setPrinted(((Value.StringValue) results.get(0)).value());
            waiting = null;
        }
        if (pending.isEmpty()) {
            return new Step.Done(List.of());
        }
        waiting = pending.remove(0);
        Value v = waiting.value();
        Value.FuncValue bound = new Value.FuncValue(STRING_FUNC, method(host, v), new Box[0], v);
        Function wrapper = host.program().functionNamed(WRAPPER);
        return new Step.Call(new Value.FuncValue(wrapper, new Box[0]), List.of(bound), 3);
    }
}
