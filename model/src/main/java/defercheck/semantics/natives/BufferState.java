package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.lib.bytes.BytesBuffer;
import defercheck.semantics.Box;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall.Step;
import defercheck.semantics.Value;

/**
 * A bytes.Buffer behind the *Buffer a method received: its Go fields {@code buf []byte; off int; lastRead}
 * read as lib.bytes' BytesBuffer, and written back after an operation. The backing array stays the same one
 * unless BytesBuffer says Go replaced it, so slices from Bytes() or NewBuffer's argument share it as in Go.
 *
 * <p>NewBufferString's array comes from {@code []byte(s)}, whose capacity gc chooses by escape analysis and
 * release (32 bytes from a stack buffer, the allocator's size class, or exactly len(s)). Such an array, and every
 * array that grows from it, carries a mark past its capacity, where no slice can reach: then Cap, Available and
 * Bytes, which would show where Go reallocates, are refused.
 */
final class BufferState {

    /** The mark in the slot after the capacity of an array whose real capacity the model does not know. */
    private static final Value UNCERTAIN = new Value.StringValue(Type.STRING, "capacity chosen by gc");

    private final NativeArgs call;
    private final Value.StructValue buffer;
    private final BytesBuffer state;

    private BufferState(NativeArgs call, Value.StructValue buffer, BytesBuffer state) {
        this.call = call;
        this.buffer = buffer;
        this.state = state;
    }

    /** The Buffer the receiver (a non-nil *Buffer) points to. */
    static BufferState of(NativeArgs a) {
        Value.StructValue b = (Value.StructValue) ((Value.PointerValue) a.arg(0)).target().load();
        Value buf = b.fields()[0];
        int off = (int) ((Value.IntValue) b.fields()[1]).value();
        boolean nil = !(buf instanceof Value.SliceValue);
        long cap = buf instanceof Value.SliceValue s ? s.cap() : 0;
        return new BufferState(a, b, new BytesBuffer(bytesOf(buf), off, cap, nil, BytesBuffer.Growth.NONE));
    }

    BytesBuffer state() {
        return state;
    }

    boolean uncertain() {
        return buffer.fields()[0] instanceof Value.SliceValue s && uncertain(s);
    }

    private static boolean uncertain(Value.SliceValue s) {
        int past = s.offset() + s.cap();
        return past < s.array().length && s.array()[past] == UNCERTAIN;
    }

    Step refuseCapacity(String method) {
        return new Step.Refused("bytes.Buffer." + method + " of a buffer from NewBufferString (the capacity of its "
                + "[]byte(s) depends on gc's escape analysis and release)");
    }

    /** Bytes(): {@code b.buf[b.off:]}, sharing the backing array. */
    Value unread() {
        Value buf = buffer.fields()[0];
        if (!(buf instanceof Value.SliceValue s)) {
            return buf;
        }
        return new Value.SliceValue(s.type(), s.array(), s.offset() + state.off(), s.len() - state.off(),
                s.cap() - state.off());
    }

    /** Writes {@code next} back: into the same array, or a new one where Go allocates. */
    void store(BytesBuffer next) {
        Value buf = buffer.fields()[0];
        String bytes = next.buf();
        if (!next.nil()) {
            if (buf instanceof Value.SliceValue s && next.lastGrowth() != BytesBuffer.Growth.REPLACED) {
                Type elem = ((Type.Slice) s.type().underlying()).elem();
                for (int i = 0; i < bytes.length(); i++) {
                    s.array()[s.offset() + i] = new Value.IntValue(elem, bytes.charAt(i));
                }
                buffer.fields()[0] = new Value.SliceValue(s.type(), s.array(), s.offset(), bytes.length(), s.cap());
            } else {
                boolean mark = buf instanceof Value.SliceValue s && uncertain(s);
                buffer.fields()[0] = slice(buf.type(), bytes, (int) next.cap(), mark);
            }
        }
        buffer.fields()[1] = new Value.IntValue(Type.INT, next.off());
    }

    /** A new slice of type {@code t} over a new array of {@code cap} bytes starting with {@code bytes}. */
    static Value slice(Type t, String bytes, int cap, boolean uncertain) {
        Type elem = ((Type.Slice) t.underlying()).elem();
        Value[] a = new Value[uncertain ? cap + 1 : cap];
        for (int i = 0; i < cap; i++) {
            a[i] = new Value.IntValue(elem, i < bytes.length() ? bytes.charAt(i) : 0);
        }
        if (uncertain) {
            a[cap] = UNCERTAIN;
        }
        return new Value.SliceValue(t, a, 0, bytes.length(), cap);
    }

    /** NewBuffer(buf) and NewBufferString(s): {@code &Buffer{buf: buf}}. */
    static Value newBuffer(NativeArgs a, Value buf) {
        Type.Named t = a.libraryType("bytes.Buffer");
        Type.Struct st = (Type.Struct) t.underlying();
        Value[] fields = {buf, new Value.IntValue(Type.INT, 0), new Value.IntValue(st.fields().get(2).type(), 0)};
        return new Value.PointerValue(new Type.Pointer(t), new Box(new Value.StructValue(t, fields)));
    }

    /** A []byte value's bytes as a byte string (a nil slice has none). */
    static String bytesOf(Value v) {
        if (!(v instanceof Value.SliceValue s)) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.len());
        for (int i = 0; i < s.len(); i++) {
            b.append((char) ((Value.IntValue) s.get(i)).value());
        }
        return b.toString();
    }
}
