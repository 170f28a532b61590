package defercheck.semantics.natives;

import defercheck.ir.Function;
import defercheck.ir.Type;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativePackage;
import defercheck.semantics.NativeTable;
import defercheck.semantics.Value;
import java.util.ArrayList;
import java.util.List;

/** Package errors (declarations: resources/defercheck/lib/decl/errors.go). */
public final class ErrorsNatives implements NativePackage {

    @Override
    public String path() {
        return "errors";
    }

    @Override
    public void register(NativeTable t) {
        t.step("errors.New", a -> a.done(NativeArgs.pointerTo(new Value.StructValue(
                a.libraryType("errors.errorString"), new Value[] {new Value.StringValue(Type.STRING, a.string(0))}))));
        t.step("errors.(*errorString).Error", a -> a.done(NativeArgs.fieldOf(a.arg(0), 0)));
        t.call("errors.Unwrap", ErrorsNatives::unwrap);
        t.call("errors.Is", ErrorsNatives::is);
        t.call("errors.As", ErrorsNatives::as);
        t.step("errors.Join", ErrorsNatives::join);
        t.step("errors.(*joinError).Unwrap", a -> a.done(NativeArgs.fieldOf(a.arg(0), 0)));
        t.call("errors.(*joinError).Error", JoinedText::new);
    }

    private static boolean isNil(Value v) {
        return v instanceof Value.NilValue;
    }

    /** errors.Unwrap: the result of err's {@code Unwrap() error} method, or nil. */
    private static NativeCall unwrap(NativeArgs a) {
        Function m = a.methodOf(a.arg(0), ErrorChain.UNWRAP_ONE, "Unwrap");
        if (m == null) {
            return results -> a.done((Object) null);
        }
        return new NativeCall() {
            private boolean called;

            @Override
            public Step step(List<Value> results) {
                if (called) {
                    return a.done(results.get(0));
                }
                called = true;
                return NativeArgs.callMethod(m, a.arg(0), List.of());
            }
        };
    }

    private static NativeCall is(NativeArgs a) {
        Value err = a.arg(0);
        Value target = a.arg(1);
        if (isNil(err) || isNil(target)) {
            return results -> a.done(isNil(err) && isNil(target));
        }
        return ErrorChain.is(a, err, target);
    }

    /** errors.As: target's checks and their panics, then the walk (go1.19 checks target even for a nil err). */
    private static NativeCall as(NativeArgs a) {
        Value err = a.arg(0);
        Value target = a.arg(1);
        if (isNil(err) && a.host().version().atLeast(20)) {
            return results -> a.done(false);
        }
        String problem = targetProblem(a, target);
        if (problem != null) {
            return results -> a.panicString(problem);
        }
        if (isNil(err)) {
            return results -> a.done(false);
        }
        Value.PointerValue p = (Value.PointerValue) target;
        return ErrorChain.as(a, err, target, p.target(), ((Type.Pointer) p.type()).elem());
    }

    private static String targetProblem(NativeArgs a, Value target) {
        if (target instanceof Value.NilValue n && n.isNilInterface()) {
            return "errors: target cannot be nil";
        }
        if (!(target instanceof Value.PointerValue p) || !(p.type() instanceof Type.Pointer ptr)) {
            return "errors: target must be a non-nil pointer";
        }
        Type elem = ptr.elem();
        Type.Interface error = (Type.Interface) Type.ERROR.underlying();
        if (!(elem.underlying() instanceof Type.Interface) && !a.typeImplements(elem, error)) {
            return "errors: *target must be interface or implement error";
        }
        return null;
    }

    /** errors.Join: nil for no non-nil error, else a *joinError holding them (capacity: their count). */
    private static NativeCall.Step join(NativeArgs a) {
        List<Value> kept = new ArrayList<>();
        if (a.arg(0) instanceof Value.SliceValue s) {
            for (int i = 0; i < s.len(); i++) {
                if (!isNil(s.get(i))) {
                    kept.add(s.get(i));
                }
            }
        }
        if (kept.isEmpty()) {
            return a.done((Object) null);
        }
        Value errs = new Value.SliceValue(new Type.Slice(Type.ERROR), kept.toArray(new Value[0]), 0, kept.size(),
                kept.size());
        return a.done(NativeArgs.pointerTo(new Value.StructValue(a.libraryType("errors.joinError"),
                new Value[] {errs})));
    }
}
