package defercheck.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.lib.unicode.UnicodeTables;
import defercheck.lib.unicode.UnicodeVersion;
import defercheck.source.GoVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link UnicodeTables} against strconv.IsPrint and strconv.IsGraphic over every code point: the tables
 * reproduce the generator's whole output (the Unicode version and all ranges) for each Go release.
 */
class UnicodeTablesTest {

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> recorded() {
        return GoCases.recordedWhole("isprint", UnicodeTablesTest::reproduce);
    }

    @TestFactory
    List<DynamicTest> live() throws Exception {
        return GoCases.liveWhole("isprint", UnicodeTablesTest::reproduce, work);
    }

    @Test
    void olderReleasesHaveNoTables() {
        assertTrue(UnicodeVersion.of(new GoVersion(15)).isEmpty());
        assertEquals(UnicodeVersion.V13_0_0, UnicodeVersion.of(new GoVersion(20)).orElseThrow());
    }

    /** The text lib/gen/isprint.go prints, computed from the tables. */
    static String reproduce(GoVersion go) {
        UnicodeVersion version = UnicodeVersion.of(go).orElseThrow();
        UnicodeTables t = UnicodeTables.of(version);
        StringBuilder b = new StringBuilder("V " + version.text() + "\n");
        ranges(b, "P", t::isPrint);
        ranges(b, "G", t::isGraphic);
        for (long r : new long[] {-1, Integer.MIN_VALUE, 0x110000, Integer.MAX_VALUE}) {
            b.append("X ").append(r).append(' ').append(t.isPrint(r)).append(' ').append(t.isGraphic(r)).append('\n');
        }
        return b.toString();
    }

    private static void ranges(StringBuilder b, String tag, LongPredicate pred) {
        long start = -1;
        for (long r = 0; r <= 0x110000; r++) {
            boolean in = r <= 0x10FFFF && pred.test(r);
            if (in && start < 0) {
                start = r;
            } else if (!in && start >= 0) {
                b.append(String.format("%s %04X %04X\n", tag, start, r - 1));
                start = -1;
            }
        }
    }
}
