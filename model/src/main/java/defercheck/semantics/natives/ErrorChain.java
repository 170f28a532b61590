package defercheck.semantics.natives;

import defercheck.ir.Function;
import defercheck.ir.Type;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.Ref;
import defercheck.semantics.Value;
import defercheck.semantics.Values;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * errors.Is and errors.As as explicit state: the error tree is walked depth-first (errors/wrap.go), and each
 * method the walk needs ({@code Is(error) bool}, {@code As(any) bool}, {@code Unwrap() error}, from go1.20
 * {@code Unwrap() []error}) is called as Go code, one step at a time. Go 1.19 follows only
 * {@code Unwrap() error}.
 */
final class ErrorChain implements NativeCall {

    static final Type.Interface IS = iface("Is", List.of(Type.ERROR), Type.BOOL);
    static final Type.Interface AS = iface("As", List.of(Type.ANY), Type.BOOL);
    static final Type.Interface UNWRAP_ONE = iface("Unwrap", List.of(), Type.ERROR);
    static final Type.Interface UNWRAP_MANY = iface("Unwrap", List.of(), new Type.Slice(Type.ERROR));

    private enum Wait { NONE, MATCH, UNWRAP_ONE, UNWRAP_MANY }

    private final NativeArgs call;
    private final boolean as;
    private final Value target;
    private final boolean comparable;
    private final Ref asTarget;
    private final Type asType;
    private final Deque<Value> pending = new ArrayDeque<>();
    private Value err;
    private Wait wait = Wait.NONE;

    /** errors.Is(err, target) from the first {@code Is} check on (err and target non-nil). */
    static ErrorChain is(NativeArgs call, Value err, Value target) {
        return new ErrorChain(call, false, err, target, target.type().isComparable(), null, null);
    }

    /** errors.As(err, target) once target was checked: a pointer to a variable of type {@code asType}. */
    static ErrorChain as(NativeArgs call, Value err, Value target, Ref asTarget, Type asType) {
        return new ErrorChain(call, true, err, target, false, asTarget, asType);
    }

    private ErrorChain(NativeArgs call, boolean as, Value err, Value target, boolean comparable, Ref asTarget,
            Type asType) {
        this.call = call;
        this.as = as;
        this.err = err;
        this.target = target;
        this.comparable = comparable;
        this.asTarget = asTarget;
        this.asType = asType;
    }

    private static Type.Interface iface(String name, List<Type> params, Type result) {
        return new Type.Interface(List.of(new Type.Method(name, new Type.Func(params, List.of(result)))), null, false);
    }

    @Override
    public Step step(List<Value> results) {
        switch (wait) {
            case NONE -> {
                return examine();
            }
            case MATCH -> {
                if (((Value.BoolValue) results.get(0)).value()) {
                    return call.done(true);
                }
                return unwrap();
            }
            case UNWRAP_ONE -> {
                Value next = results.get(0);
                if (isNil(next)) {
                    return next();
                }
                err = next;
                return examine();
            }
            default -> {
                Value many = results.get(0);
                if (many instanceof Value.SliceValue s) {
                    for (int i = s.len() - 1; i >= 0; i--) {
                        if (!isNil(s.get(i))) {
                            pending.push(s.get(i));
                        }
                    }
                }
                return next();
            }
        }
    }

    private static boolean isNil(Value v) {
        return v instanceof Value.NilValue n && n.isNilInterface();
    }

    /** One error of the tree: does it match, or has it a method that says so? */
    private Step examine() {
        if (as && call.holds(err, asType)) {
            asTarget.store(Values.copy(err));
            return call.done(true);
        }
        if (!as && comparable && Values.equal(err, target)) {
            return call.done(true);
        }
        Function m = call.methodOf(err, as ? AS : IS, as ? "As" : "Is");
        if (m != null) {
            wait = Wait.MATCH;
            return NativeArgs.callMethod(m, err, List.of(target));
        }
        return unwrap();
    }

    private Step unwrap() {
        Function one = call.methodOf(err, UNWRAP_ONE, "Unwrap");
        if (one != null) {
            wait = Wait.UNWRAP_ONE;
            return NativeArgs.callMethod(one, err, List.of());
        }
        Function many = call.host().version().atLeast(20) ? call.methodOf(err, UNWRAP_MANY, "Unwrap") : null;
        if (many != null) {
            wait = Wait.UNWRAP_MANY;
            return NativeArgs.callMethod(many, err, List.of());
        }
        return next();
    }

    /** This branch of the tree ends without a match: on to the next pending error, if any. */
    private Step next() {
        if (pending.isEmpty()) {
            return call.done(false);
        }
        err = pending.pop();
        return examine();
    }
}
