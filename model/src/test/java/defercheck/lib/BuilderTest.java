package defercheck.lib;

import static defercheck.lib.GoCases.diff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import defercheck.lib.bytes.BytesBuffer;
import defercheck.lib.strings.StringsBuilder;
import defercheck.source.GoVersion;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StringsBuilder} and {@link BytesBuffer} against lib/gen/builder.go: after every operation of random
 * sequences (writes of strings, bytes and runes including invalid ones, Grow, Reset, Truncate) Len, Cap and
 * the contents equal Go's. Each sequence is replayed from its first line, so a case is a whole sequence.
 */
class BuilderTest {

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> recorded() {
        return GoCases.recorded("builder", new Replayer());
    }

    @TestFactory
    List<DynamicTest> live() throws Exception {
        return GoCases.live("builder", new Replayer(), work);
    }

    /**
     * Keeps each sequence's state between its lines: a sequence's 25 lines always fall in one chunk of 250 and
     * come in order.
     */
    static final class Replayer implements GoCases.Checker {
        private final Map<String, Object[]> state = new LinkedHashMap<>();

        @Override
        public synchronized String check(String line, GoVersion v) {
            String[] parts = line.split("\\|");
            String[] head = parts[0].split(" ", 3);
            String key = v.minor() + "/" + head[1];
            int seq = Integer.parseInt(head[1]);
            Object[] st = state.computeIfAbsent(key, k -> new Object[] {StringsBuilder.empty(v), BytesBuffer.EMPTY});
            StringsBuilder b = (StringsBuilder) st[0];
            BytesBuffer buf = (BytesBuffer) st[1];
            String op = head[2];
            String[] o = op.split(" ");
            String chunk = o.length > 1 ? String.valueOf((char) ('a' + seq % 26)).repeat(Integer.parseInt(o[1])) : "";
            long[] runes = {'a', 0xE9, 0x20AC, 0x1F600, -1, 0xD800, 0x110000};
            switch (o[0]) {
                case "wb" -> {
                    b = b.writeByte('x');
                    buf = buf.writeByte('x');
                }
                case "r" -> {
                    b = b.reset();
                    buf = buf.reset();
                }
                case "ws" -> {
                    b = b.writeString(chunk);
                    buf = buf.writeString(chunk);
                }
                case "wr" -> {
                    b = b.writeRune(runes[Integer.parseInt(o[1])]);
                    buf = buf.writeRune(runes[Integer.parseInt(o[1])]);
                }
                case "g" -> {
                    b = b.grow(Integer.parseInt(o[1]));
                    buf = buf.grow(Integer.parseInt(o[1]));
                }
                case "t" -> buf = buf.len() >= 3 ? buf.truncate(3) : buf;
                default -> {
                    return "unknown operation " + op;
                }
            }
            st[0] = b;
            st[1] = buf;
            String got = b.len() + " " + b.cap() + " " + hash(b.string()) + "|" + buf.len() + " " + buf.cap() + " "
                    + hash(buf.string());
            return diff("after " + op, parts[1] + "|" + parts[2], got);
        }

        private static String hash(String s) {
            return String.format("%016x", SortDriver.Fnv.add(SortDriver.Fnv.OFFSET, s));
        }
    }

    @Test
    void panicsAreTheCallersAndGo120IsRefused() {
        StringsBuilder b = StringsBuilder.empty(new GoVersion(23));
        assertThrows(IllegalArgumentException.class, () -> b.grow(-1));
        assertThrows(UnsupportedOperationException.class, () -> StringsBuilder.empty(new GoVersion(20)));
        assertEquals("strings.Builder.Grow: negative count", StringsBuilder.GROW_NEGATIVE_PANIC);
        BytesBuffer buf = BytesBuffer.EMPTY.writeString("abc");
        assertEquals(64, buf.cap());
        assertEquals(BytesBuffer.Growth.REPLACED, buf.lastGrowth());
        assertEquals(BytesBuffer.Growth.NONE, buf.writeByte('d').lastGrowth());
    }
}
