package defercheck.lib.strings;

import defercheck.lib.runtime.ByteSliceGrowth;
import defercheck.lib.utf8.Utf8;
import defercheck.source.GoVersion;

/**
 * A strings.Builder's state as a value: the bytes written and the capacity of its buffer, which Cap reports
 * and which follows Go's growth exactly. Writes append (runtime growth, {@link ByteSliceGrowth}); Grow, and
 * on go1.19 WriteRune of a non-ASCII rune without 4 bytes of room, make a buffer of 2*cap+n bytes, which
 * go1.23 rounds up to the allocator's size class and go1.19, 1.21 and 1.22 do not. go1.20 is not checked and
 * refused. The copy check ("strings: illegal use of non-zero Builder copied by value") needs the Builder's
 * address and is the caller's: {@link #COPIED_PANIC} is its text.
 */
public record StringsBuilder(GoVersion go, String bytes, long cap) {

    public static final String GROW_NEGATIVE_PANIC = "strings.Builder.Grow: negative count";
    public static final String COPIED_PANIC = "strings: illegal use of non-zero Builder copied by value";

    /** The zero Builder of release {@code go}. */
    public static StringsBuilder empty(GoVersion go) {
        if (go.minor() < 19 || go.minor() == 20) {
            throw new UnsupportedOperationException("strings.Builder growth of go1." + go.minor() + " is not checked");
        }
        return new StringsBuilder(go, "", 0);
    }

    public int len() {
        return bytes.length();
    }

    /** Builder.String. */
    public String string() {
        return bytes;
    }

    /** Builder.Reset: back to the zero Builder (nil buffer). */
    public StringsBuilder reset() {
        return new StringsBuilder(go, "", 0);
    }

    public StringsBuilder writeString(String s) {
        return append(s);
    }

    public StringsBuilder writeByte(int c) {
        return append(String.valueOf((char) (c & 0xFF)));
    }

    /** Builder.WriteRune; it returns the number of bytes written, {@code Utf8.encodeRune(r).length()}. */
    public StringsBuilder writeRune(long r) {
        String enc = Utf8.encodeRune(r);
        boolean ascii = r >= 0 && r < Utf8.RUNE_SELF;
        if (go.minor() <= 19 && !ascii) {
            StringsBuilder b = cap - len() < Utf8.UTF_MAX ? growBuffer(Utf8.UTF_MAX) : this;
            return new StringsBuilder(go, b.bytes + enc, b.cap);
        }
        return append(enc);
    }

    /** Builder.Grow for n &gt;= 0 (a negative n panics with {@link #GROW_NEGATIVE_PANIC}: the caller checks). */
    public StringsBuilder grow(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("Grow(" + n + ") panics in Go: the caller raises GROW_NEGATIVE_PANIC");
        }
        return cap - len() < n ? growBuffer(n) : this;
    }

    private StringsBuilder growBuffer(long n) {
        long size = 2 * cap + n;
        return new StringsBuilder(go, bytes, go.minor() >= 23 ? ByteSliceGrowth.roundUpSize(size) : size);
    }

    private StringsBuilder append(String s) {
        long newLen = (long) len() + s.length();
        long newCap = newLen > cap ? ByteSliceGrowth.appendCap(cap, newLen) : cap;
        return new StringsBuilder(go, bytes + s, newCap);
    }
}
