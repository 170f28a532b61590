package defercheck.semantics;

import defercheck.ir.Function;
import defercheck.ir.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * One call of a native: the native function (its signature gives the result types), the evaluated arguments
 * (a method's receiver first, variadic ones as a slice) and the machine. Helpers read Go values as Java ones
 * and make the step that returns or panics.
 */
public record NativeArgs(Function function, List<Value> args, Host host) {

    public Value arg(int i) {
        return args.get(i);
    }

    /** A string argument as a byte string. */
    public String string(int i) {
        return ((Value.StringValue) args.get(i)).value();
    }

    /** An integer argument (a uint64 as its bits). */
    public long integer(int i) {
        return ((Value.IntValue) args.get(i)).value();
    }

    public boolean bool(int i) {
        return ((Value.BoolValue) args.get(i)).value();
    }

    /** The i-th result type of the native's signature. */
    public Type result(int i) {
        return function.type().results().get(i);
    }

    /** Returns {@code results}: Java strings, longs, ints and booleans become values of the result types. */
    public NativeCall.Step done(Object... results) {
        return new NativeCall.Step.Done(values(results));
    }

    /** Writes {@code output} (a byte string) to stdout or stderr, then returns {@code results}. */
    public NativeCall.Step write(boolean toStderr, String output, Object... results) {
        return new NativeCall.Step.Done(values(results), output, toStderr);
    }

    /** Panics with a string value, as the library's {@code panic("strings: negative Repeat count")}. */
    public NativeCall.Step panicString(String text) {
        return new NativeCall.Step.Panic(new Value.StringValue(Type.STRING, text));
    }

    /** The fault of a nil pointer or nil interface the library dereferences (SIGSEGV, turned into a panic). */
    public NativeCall.Step nilDereference() {
        host.markSignalled();
        return new NativeCall.Step.Panic(new Value.RuntimeErrorValue(RuntimeErrorKind.ERROR_STRING,
                "runtime error: " + RuntimeErrors.NIL_DEREFERENCE));
    }

    /** The elements of a slice argument (none for a nil slice). */
    public List<Value> elements(int i) {
        List<Value> out = new ArrayList<>();
        if (args.get(i) instanceof Value.SliceValue s) {
            for (int k = 0; k < s.len(); k++) {
                out.add(s.get(k));
            }
        }
        return out;
    }

    /** A byte string as a new {@code []byte} (length and capacity its length). */
    public static Value bytes(String s) {
        Value[] array = new Value[s.length()];
        for (int i = 0; i < array.length; i++) {
            array[i] = new Value.IntValue(Type.BYTE, s.charAt(i));
        }
        return new Value.SliceValue(new Type.Slice(Type.BYTE), array, 0, array.length, array.length);
    }

    /** A {@code []byte} argument as a byte string. */
    public String byteString(int i) {
        StringBuilder sb = new StringBuilder();
        for (Value v : elements(i)) {
            sb.append((char) (((Value.IntValue) v).value() & 0xff));
        }
        return sb.toString();
    }

    /** Makes the result values; a Value stays as it is. */
    public List<Value> values(Object... results) {
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            out.add(value(result(i), results[i]));
        }
        return out;
    }

    /** A Java value as a Go value of type {@code t}. */
    public static Value value(Type t, Object v) {
        if (v instanceof Value val) {
            return val;
        } else if (v instanceof String s) {
            return new Value.StringValue(t, s);
        } else if (v instanceof Long n) {
            return new Value.IntValue(t, n);
        } else if (v instanceof Integer n) {
            return new Value.IntValue(t, n);
        } else if (v instanceof Boolean b) {
            return new Value.BoolValue(t, b);
        } else if (v == null) {
            return new Value.NilValue(t);
        }
        throw new IllegalArgumentException("no Go value for " + v);
    }

    /** A defined type of a library package the program uses ({@code errors.errorString}). */
    public Type.Named libraryType(String qualified) {
        Type.Named n = host.program().libraryType(qualified);
        if (n == null) {
            throw new IllegalStateException("library type " + qualified + " not in the program");
        }
        return n;
    }

    /** The function implementing method {@code name} for {@code receiver}'s dynamic type, or null. */
    public Function method(Value receiver, String name) {
        return Dispatch.method(host.program(), receiver, name);
    }

    /** Whether {@code x}'s dynamic type is {@code t}, or implements it if an interface (runtime.assertE2I). */
    public boolean holds(Value x, Type t) {
        return Dispatch.holds(host.program(), x, t);
    }

    /** Whether values of static type {@code t} have every method of {@code i} (a non-interface t's method set). */
    public boolean typeImplements(Type t, Type.Interface i) {
        return Dispatch.missingMethod(host.program(), new Value.NilValue(t), i) == null;
    }

    /** The function of method {@code name} of {@code x} when {@code x} implements {@code i}, else null. */
    public Function methodOf(Value x, Type.Interface i, String name) {
        return Dispatch.holds(host.program(), x, i) ? method(x, name) : null;
    }

    /** A new variable holding {@code v}, and a pointer of type {@code *T} to it ({@code &T{...}}). */
    public static Value pointerTo(Value v) {
        return new Value.PointerValue(new Type.Pointer(v.type()), new Box(v));
    }

    /** Field {@code i} of the struct a non-nil pointer points to (the inverse of {@link #pointerTo}). */
    public static Value fieldOf(Value pointer, int i) {
        return ((Value.StructValue) ((Value.PointerValue) pointer).target().load()).fields()[i];
    }

    /** Calls method {@code fn} bound to {@code receiver} with {@code args}; the next step gets its results. */
    public static NativeCall.Step callMethod(Function fn, Value receiver, List<Value> args) {
        Value.FuncValue bound = new Value.FuncValue(fn.type(), fn, new Box[0], receiver);
        return new NativeCall.Step.Call(bound, args, fn.type().results().size());
    }
}
