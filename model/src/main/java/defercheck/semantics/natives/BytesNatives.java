package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.lib.bytes.BytesBuffer;
import defercheck.lib.strings.StringSearch;
import defercheck.lib.utf8.Utf8;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall.Step;
import defercheck.semantics.NativePackage;
import defercheck.semantics.NativeTable;
import defercheck.semantics.Value;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Package bytes' natives (declarations: resources defercheck/lib/decl/bytes.go). The searches run lib.strings
 * over the slices' bytes. A Buffer keeps Go's fields: each method reads its state into lib.bytes' BytesBuffer,
 * which decides the growth, and writes it back into the same backing array unless Go would have replaced it,
 * so a slice from Bytes() sees later writes exactly when it would in Go (BufferState).
 */
public final class BytesNatives implements NativePackage {

    @Override
    public String path() {
        return "bytes";
    }

    @Override
    public void register(NativeTable t) {
        t.step("bytes.Compare", a -> a.done(StringSearch.compare(bytes(a, 0), bytes(a, 1))));
        t.step("bytes.Equal", a -> a.done(bytes(a, 0).equals(bytes(a, 1))));
        search(t, "Contains", StringSearch::contains);
        search(t, "Count", StringSearch::count);
        search(t, "HasPrefix", StringSearch::hasPrefix);
        search(t, "HasSuffix", StringSearch::hasSuffix);
        search(t, "Index", StringSearch::index);
        search(t, "LastIndex", StringSearch::lastIndex);
        t.step("bytes.ContainsAny", a -> a.done(StringSearch.containsAny(bytes(a, 0), a.string(1))));
        t.step("bytes.IndexAny", a -> a.done(StringSearch.indexAny(bytes(a, 0), a.string(1))));
        t.step("bytes.LastIndexAny", a -> a.done(StringSearch.lastIndexAny(bytes(a, 0), a.string(1))));
        t.step("bytes.ContainsRune", a -> a.done(StringSearch.containsRune(bytes(a, 0), a.integer(1))));
        t.step("bytes.IndexRune", a -> a.done(StringSearch.indexRune(bytes(a, 0), a.integer(1))));
        t.step("bytes.IndexByte", a -> a.done(StringSearch.indexByte(bytes(a, 0), (int) a.integer(1))));
        t.step("bytes.LastIndexByte", a -> a.done(StringSearch.lastIndexByte(bytes(a, 0), (int) a.integer(1))));
        t.step("bytes.NewBuffer", a -> a.done(BufferState.newBuffer(a, a.arg(0))));
        t.step("bytes.NewBufferString", a -> a.done(BufferState.newBuffer(a, stringBytes(a))));
        buffer(t);
    }

    private static void buffer(NativeTable t) {
        String m = "bytes.(*Buffer).";
        t.step(m + "String", a -> a.arg(0) instanceof Value.NilValue ? a.done("<nil>")
                : a.done(BufferState.of(a).state().string()));
        t.step(m + "Len", a -> read(a, b -> a.done(b.state().len())));
        t.step(m + "Cap", a -> read(a, b -> b.uncertain() ? b.refuseCapacity("Cap") : a.done(b.state().cap())));
        t.step(m + "Available", a -> read(a, b -> b.uncertain() ? b.refuseCapacity("Available")
                : a.done(b.state().available())));
        t.step(m + "Bytes", a -> read(a, b -> b.uncertain() ? b.refuseCapacity("Bytes") : a.done(b.unread())));
        t.step(m + "Reset", a -> update(a, BytesBuffer::reset, a.done()));
        t.step(m + "Truncate", a -> {
            long n = a.integer(1);
            return read(a, b -> n != 0 && (n < 0 || n > b.state().len()) ? a.panicString(BytesBuffer.TRUNCATE_PANIC)
                    : update(a, s -> s.truncate((int) n), a.done()));
        });
        t.step(m + "Grow", a -> {
            long n = a.integer(1);
            return read(a, b -> n < 0 ? a.panicString(BytesBuffer.GROW_NEGATIVE_PANIC)
                    : update(a, s -> s.grow((int) Math.min(n, Integer.MAX_VALUE)), a.done()));
        });
        t.step(m + "WriteString", a -> {
            String s = a.string(1);
            return update(a, b -> b.writeString(s), a.done(s.length(), null));
        });
        t.step(m + "Write", a -> {
            String s = bytes(a, 1);
            return update(a, b -> b.writeString(s), a.done(s.length(), null));
        });
        t.step(m + "WriteByte", a -> {
            int c = (int) a.integer(1);
            return update(a, b -> b.writeByte(c), a.done((Object) null));
        });
        t.step(m + "WriteRune", a -> {
            long r = a.integer(1);
            return update(a, b -> b.writeRune(r), a.done(Utf8.encodeRune(r).length(), null));
        });
    }

    /** A method that reads the buffer: a nil *Buffer faults, as the field access does in Go. */
    private static Step read(NativeArgs a, java.util.function.Function<BufferState, Step> f) {
        if (a.arg(0) instanceof Value.NilValue) {
            return GoCalls.nilDereference(a.host());
        }
        return f.apply(BufferState.of(a));
    }

    private static Step update(NativeArgs a, UnaryOperator<BytesBuffer> op, Step result) {
        return read(a, b -> {
            b.store(op.apply(b.state()));
            return result;
        });
    }

    private static void search(NativeTable t, String name, BiFunction<String, String, Object> f) {
        t.step("bytes." + name, a -> a.done(f.apply(bytes(a, 0), bytes(a, 1))));
    }

    /** A []byte argument's bytes as a byte string (a nil slice has none). */
    static String bytes(NativeArgs a, int i) {
        return BufferState.bytesOf(a.arg(i));
    }

    /** NewBufferString's {@code []byte(s)}: a new array of the string's bytes, its capacity marked unknown. */
    private static Value stringBytes(NativeArgs a) {
        String s = a.string(0);
        Type buf = ((Type.Struct) a.libraryType("bytes.Buffer").underlying()).fields().get(0).type();
        return BufferState.slice(buf, s, s.length(), true);
    }
}
