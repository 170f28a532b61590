package defercheck.semantics.natives;

import defercheck.ir.Function;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.Value;
import java.util.List;

/** {@code (*errors.joinError).Error}: each joined error's Error(), called in order, joined by newlines. */
final class JoinedText implements NativeCall {

    private final NativeArgs call;
    private final Value.SliceValue errs;
    private final StringBuilder text = new StringBuilder();
    private int next;

    JoinedText(NativeArgs call) {
        this.call = call;
        this.errs = (Value.SliceValue) NativeArgs.fieldOf(call.arg(0), 0);
    }

    @Override
    public Step step(List<Value> results) {
        if (next > 0) {
            if (next > 1) {
                text.append('\n');
            }
            text.append(((Value.StringValue) results.get(0)).value());
        }
        if (next == errs.len()) {
            return call.done(text.toString());
        }
        Value e = errs.get(next++);
        Function m = call.method(e, "Error");
        return NativeArgs.callMethod(m, e, List.of());
    }
}
