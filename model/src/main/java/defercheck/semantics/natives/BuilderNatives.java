package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.lib.strings.StringsBuilder;
import defercheck.lib.utf8.Utf8;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativeTable;
import defercheck.semantics.Value;
import defercheck.semantics.Values;
import java.util.function.BiFunction;

/**
 * strings.Builder: the Go struct {@code {addr *Builder; buf []byte}} of the declarations, whose buffer follows
 * Go's capacities (lib.strings.StringsBuilder). Every write first runs copyCheck: the first one records the
 * Builder's address, and a write to a copy of a non-zero Builder panics.
 */
final class BuilderNatives {

    private static final int ADDR = 0;
    private static final int BUF = 1;
    /** The machines hold a buffer as one value per byte: larger ones are refused rather than run out of memory. */
    private static final long MAX_CAP = 1 << 24;

    private BuilderNatives() {
    }

    static void register(NativeTable t) {
        t.step("strings.(*Builder).String", a -> read(a, (b, s) -> a.done(s.string())));
        t.step("strings.(*Builder).Len", a -> read(a, (b, s) -> a.done((long) s.len())));
        t.step("strings.(*Builder).Cap", a -> read(a, (b, s) -> a.done(s.cap())));
        t.step("strings.(*Builder).Reset", a -> read(a, (b, s) -> {
            b.fields()[ADDR] = new Value.NilValue(new Type.Pointer(b.type()));
            store(b, s.reset());
            return a.done();
        }));
        t.step("strings.(*Builder).Grow", a -> write(a, (b, s) -> {
            if (a.integer(1) < 0) {
                return a.panicString(StringsBuilder.GROW_NEGATIVE_PANIC);
            }
            store(b, s.grow(a.integer(1)));
            return a.done();
        }));
        t.step("strings.(*Builder).Write", a -> write(a, (b, s) -> {
            String p = a.byteString(1);
            store(b, s.writeString(p));
            return a.done((long) p.length(), null);
        }));
        t.step("strings.(*Builder).WriteByte", a -> write(a, (b, s) -> {
            store(b, s.writeByte((int) a.integer(1)));
            return a.done((Object) null);
        }));
        t.step("strings.(*Builder).WriteRune", a -> write(a, (b, s) -> {
            store(b, s.writeRune(a.integer(1)));
            return a.done((long) Utf8.encodeRune(a.integer(1)).length(), null);
        }));
        t.step("strings.(*Builder).WriteString", a -> write(a, (b, s) -> {
            store(b, s.writeString(a.string(1)));
            return a.done((long) a.string(1).length(), null);
        }));
    }

    /** A method that only reads: the Builder and its buffer's state (a nil *Builder faults). */
    private static NativeCall.Step read(NativeArgs a, BiFunction<Value.StructValue, StringsBuilder, NativeCall.Step> op) {
        if (!(a.arg(0) instanceof Value.PointerValue p)) {
            return a.nilDereference();
        }
        Value.StructValue b = (Value.StructValue) p.target().load();
        return op.apply(b, state(a, b));
    }

    /** A method that writes: copyCheck first (strings/builder.go). */
    private static NativeCall.Step write(NativeArgs a, BiFunction<Value.StructValue, StringsBuilder, NativeCall.Step> op) {
        return read(a, (b, s) -> {
            Value addr = b.fields()[ADDR];
            if (addr instanceof Value.NilValue) {
                b.fields()[ADDR] = a.arg(0);
            } else if (!Values.equal(addr, a.arg(0))) {
                return a.panicString(StringsBuilder.COPIED_PANIC);
            }
            return op.apply(b, s);
        });
    }

    private static StringsBuilder state(NativeArgs a, Value.StructValue b) {
        StringsBuilder empty = StringsBuilder.empty(a.host().version());
        if (!(b.fields()[BUF] instanceof Value.SliceValue buf)) {
            return empty;
        }
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < buf.len(); i++) {
            bytes.append((char) (((Value.IntValue) buf.get(i)).value() & 0xff));
        }
        return new StringsBuilder(a.host().version(), bytes.toString(), buf.cap());
    }

    private static void store(Value.StructValue b, StringsBuilder s) {
        Type.Slice type = new Type.Slice(Type.BYTE);
        if (s.cap() == 0) {
            b.fields()[BUF] = new Value.NilValue(type);
            return;
        }
        if (s.cap() > MAX_CAP) {
            throw new UnsupportedOperationException("a strings.Builder of more than " + MAX_CAP + " bytes");
        }
        Value[] array = new Value[(int) s.cap()];
        for (int i = 0; i < array.length; i++) {
            array[i] = new Value.IntValue(Type.BYTE, i < s.len() ? s.bytes().charAt(i) : 0);
        }
        b.fields()[BUF] = new Value.SliceValue(type, array, 0, s.len(), (int) s.cap());
    }
}
