package defercheck.lib.bytes;

import defercheck.lib.runtime.ByteSliceGrowth;
import defercheck.lib.utf8.Utf8;

/**
 * A bytes.Buffer's state as a value: its buffer's bytes up to len(buf), the read offset, the capacity, and
 * whether the buffer is still nil. Writes follow Buffer's growth exactly (reslice when there is room, a first
 * buffer of 64 bytes for small writes, sliding the unread bytes down when that frees enough, else a new buffer
 * of twice the capacity plus the need, rounded to the allocator's size class), so Len, Cap and Available equal
 * Go's; the same on go1.19 to go1.23. {@link #lastGrowth} says whether the last operation kept the backing
 * array, moved the unread bytes within it, or replaced it: what a caller that models Bytes()'s aliasing
 * needs.
 */
public record BytesBuffer(String buf, int off, long cap, boolean nil, Growth lastGrowth) {

    /** What an operation did to the backing array. */
    public enum Growth { NONE, SLID, REPLACED }

    public static final String GROW_NEGATIVE_PANIC = "bytes.Buffer.Grow: negative count";
    public static final String TRUNCATE_PANIC = "bytes.Buffer: truncation out of range";
    private static final int SMALL_BUFFER_SIZE = 64;

    /** The zero Buffer. */
    public static final BytesBuffer EMPTY = new BytesBuffer("", 0, 0, true, Growth.NONE);

    /** Buffer.Len: the unread bytes. */
    public int len() {
        return buf.length() - off;
    }

    /** Buffer.String and the contents of Buffer.Bytes (a nil *Buffer's String is "&lt;nil&gt;": the caller's). */
    public String string() {
        return buf.substring(off);
    }

    public long available() {
        return cap - buf.length();
    }

    public BytesBuffer writeString(String s) {
        BytesBuffer b = write(s.length());
        return new BytesBuffer(b.buf + s, b.off, b.cap, b.nil, b.lastGrowth);
    }

    public BytesBuffer writeByte(int c) {
        return writeString(String.valueOf((char) (c & 0xFF)));
    }

    /** Buffer.WriteRune: a non-ASCII rune first makes room for 4 bytes, then writes its 2 to 4. */
    public BytesBuffer writeRune(long r) {
        if (r >= 0 && r < Utf8.RUNE_SELF) {
            return writeByte((int) r);
        }
        BytesBuffer b = write(Utf8.UTF_MAX);
        return new BytesBuffer(b.buf + Utf8.encodeRune(r), b.off, b.cap, b.nil, b.lastGrowth);
    }

    /** Buffer.Grow for n &gt;= 0 (negative: {@link #GROW_NEGATIVE_PANIC}, the caller checks). */
    public BytesBuffer grow(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Grow(" + n + ") panics in Go: the caller raises GROW_NEGATIVE_PANIC");
        }
        return room(n);
    }

    /** Buffer.Reset: empties the buffer but keeps its array. */
    public BytesBuffer reset() {
        return new BytesBuffer("", 0, cap, nil, Growth.NONE);
    }

    /** Buffer.Truncate for 0 &lt;= n &lt;= Len (otherwise {@link #TRUNCATE_PANIC}, the caller checks). */
    public BytesBuffer truncate(int n) {
        if (n == 0) {
            return reset();
        }
        if (n < 0 || n > len()) {
            throw new IllegalArgumentException("Truncate(" + n + ") panics in Go: the caller raises TRUNCATE_PANIC");
        }
        return new BytesBuffer(buf.substring(0, off + n), off, cap, nil, Growth.NONE);
    }

    /** A write first reslices when the array has room (even past read bytes), and only then grows. */
    private BytesBuffer write(int n) {
        return n <= available() ? new BytesBuffer(buf, off, cap, nil, Growth.NONE) : room(n);
    }

    /**
     * The buffer ready to take n more bytes at its end (Buffer.grow without the reslice to the new length): an
     * empty buffer with an offset is reset first; then reslice, a first small buffer, sliding, or a new array.
     */
    private BytesBuffer room(int n) {
        BytesBuffer b = len() == 0 && off != 0 ? reset() : this;
        if (n <= b.available()) {
            return new BytesBuffer(b.buf, b.off, b.cap, b.nil, Growth.NONE);
        }
        if (b.nil && n <= SMALL_BUFFER_SIZE) {
            return new BytesBuffer("", 0, SMALL_BUFFER_SIZE, false, Growth.REPLACED);
        }
        int m = b.len();
        if (n <= b.cap / 2 - m) {
            return new BytesBuffer(b.string(), 0, b.cap, false, Growth.SLID);
        }
        long want = (long) m + b.off + n;
        long doubled = 2 * (b.cap - b.off);
        long size = Math.max(want, doubled);
        return new BytesBuffer(b.string(), 0, ByteSliceGrowth.roundUpSize(size), false, Growth.REPLACED);
    }
}
