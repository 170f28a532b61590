package defercheck.semantics.natives;

import defercheck.ir.Function;
import defercheck.semantics.Host;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.RuntimeErrorKind;
import defercheck.semantics.RuntimeErrors;
import defercheck.semantics.Value;
import java.util.List;

/** The Go calls natives of these packages make: a method of an interface's dynamic value, a func value. */
final class GoCalls {

    private GoCalls() {
    }

    /**
     * The call {@code x.name(args)} for {@code x}'s dynamic type (an interface method call); calling a method
     * of a nil interface faults as the compiled call does.
     */
    static NativeCall.Step method(NativeArgs a, Value x, String name, List<Value> args) {
        if (x instanceof Value.NilValue n && n.isNilInterface()) {
            return nilDereference(a.host());
        }
        Function m = a.method(x, name);
        return NativeArgs.callMethod(m, x, args);
    }

    /** The call {@code f(args)} of a func value; a nil func faults. */
    static NativeCall.Step func(Host host, Value f, List<Value> args, int results) {
        if (f instanceof Value.FuncValue fn) {
            return new NativeCall.Step.Call(fn, args, results);
        }
        return nilDereference(host);
    }

    /** A nil interface's method or a nil func called: the fault the runtime turns into this panic. */
    static NativeCall.Step nilDereference(Host host) {
        host.markSignalled();
        return new NativeCall.Step.Panic(new Value.RuntimeErrorValue(RuntimeErrorKind.ERROR_STRING,
                "runtime error: " + RuntimeErrors.NIL_DEREFERENCE));
    }

    /** A native that makes one Go call and returns what it returned, or panics before calling. */
    static NativeCall forward(NativeCall.Step call) {
        return new NativeCall() {
            private boolean called;

            @Override
            public Step step(List<Value> results) {
                if (called || !(call instanceof Step.Call)) {
                    return called ? new Step.Done(results) : call;
                }
                called = true;
                return call;
            }
        };
    }
}
