package defercheck.semantics;

import defercheck.ir.Builtin;
import defercheck.ir.DeferSite;
import java.util.List;

/**
 * A niladic deferred call, as rule 1 of the semantics makes it at the {@code defer} statement: the
 * function value (possibly nil) or builtin, and the already evaluated arguments. {@code instance}
 * counts executions of the same site in one frame, so a loop's deferred calls are told apart.
 */
public record DeferredCall(DeferSite site, int instance, Value callee, Builtin builtin, List<Value> args) {

    public DeferredCall {
        args = List.copyOf(args);
    }

    public String describe() {
        String name = builtin != null ? builtin.goName() : ValueFormat.debug(callee);
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < args.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(ValueFormat.debug(args.get(i)));
        }
        return sb.append(") @").append(site.span().line()).append(':').append(site.span().col())
                .append(instance > 0 ? " #" + instance : "").toString();
    }
}
