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
        private static final long[] RUNES = {'a', 0xE9, 0x20AC, 0x1F600, -1, 0xD800, 0x110000};
        private final Map<String, Object[]> state = new LinkedHashMap<>();

        @Override
        public synchronized String check(String line, GoVersion v) {
            String[] parts = line.split("\\|");
            String[] head = parts[0].split(" ", 3);
            Object[] st = state.computeIfAbsent(v.minor() + "/" + head[1],
                    k -> new Object[] {StringsBuilder.empty(v), BytesBuffer.EMPTY});
            String op = head[2];
            if (!apply(op, Integer.parseInt(head[1]), st)) {
                return "unknown operation " + op;
            }
            StringsBuilder b = (StringsBuilder) st[0];
            BytesBuffer buf = (BytesBuffer) st[1];
            String got = b.len() + " " + b.cap() + " " + hash(b.string()) + "|" + buf.len() + " " + buf.cap() + " "
                    + hash(buf.string());
            return diff("after " + op, parts[1] + "|" + parts[2], got);
        }

        /** Applies the generator's operation to the Builder (st[0]) and the Buffer (st[1]). */
        private static boolean apply(String op, int seq, Object[] st) {
            StringsBuilder b = (StringsBuilder) st[0];
            BytesBuffer buf = (BytesBuffer) st[1];
            String[] o = op.split(" ");
            int arg = o.length > 1 ? Integer.parseInt(o[1]) : 0;
            String chunk = String.valueOf((char) ('a' + seq % 26)).repeat(arg);
            switch (o[0]) {
                case "wb" -> st[0] = b.writeByte('x');
                case "r" -> st[0] = b.reset();
                case "ws" -> st[0] = b.writeString(chunk);
                case "wr" -> st[0] = b.writeRune(RUNES[arg]);
                case "g" -> st[0] = b.grow(arg);
                case "t" -> st[0] = b;
                default -> {
                    return false;
                }
            }
            st[1] = switch (o[0]) {
                case "wb" -> buf.writeByte('x');
                case "r" -> buf.reset();
                case "ws" -> buf.writeString(chunk);
                case "wr" -> buf.writeRune(RUNES[arg]);
                case "g" -> buf.grow(arg);
                default -> buf.len() >= 3 ? buf.truncate(3) : buf;
            };
            return true;
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
