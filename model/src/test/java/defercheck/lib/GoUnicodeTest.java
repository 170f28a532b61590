package defercheck.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import defercheck.lib.unicode.GoUnicode;
import defercheck.source.GoVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GoUnicode} against Go's unicode package over every code point: the tables reproduce lib/gen/unicode.go's
 * whole output (each predicate's ranges, every non-trivial ToUpper/ToLower/ToTitle/SimpleFold, and values
 * that are not code points) for each release.
 */
class GoUnicodeTest {

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> recorded() {
        return GoCases.recordedWhole("unicode", GoUnicodeTest::reproduce);
    }

    @TestFactory
    List<DynamicTest> live() throws Exception {
        return GoCases.liveWhole("unicode", GoUnicodeTest::reproduce, work);
    }

    @Test
    void examples() {
        GoUnicode u = GoUnicode.of(new GoVersion(23));
        assertEquals(0x212A, u.simpleFold('k'));
        assertEquals('k', u.simpleFold('K'));
        assertEquals(0x130, u.simpleFold(0x130));
        assertEquals("15.0.0", u.version());
        assertEquals("13.0.0", GoUnicode.of(new GoVersion(19)).version());
        assertThrows(UnsupportedOperationException.class, () -> GoUnicode.of(new GoVersion(15)));
    }

    static String reproduce(GoVersion go) {
        GoUnicode u = GoUnicode.of(go);
        StringBuilder b = new StringBuilder("V " + u.version() + "\n");
        List<Object[]> predicates = predicates(u);
        for (Object[] p : predicates) {
            ranges(b, (String) p[0], (LongPredicate) p[1]);
        }
        for (long r = 0; r <= 0x10FFFF; r++) {
            long up = u.toUpper(r);
            long low = u.toLower(r);
            long title = u.toTitle(r);
            long fold = u.simpleFold(r);
            if (up != r || low != r || title != r || fold != r) {
                b.append(String.format("M %04X %04X %04X %04X %04X\n", r, up, low, title, fold));
            }
        }
        for (long r : new long[] {-1, Integer.MIN_VALUE, 0x110000, Integer.MAX_VALUE}) {
            b.append(String.format("X %d %d %d %d %d", r, u.toUpper(r), u.toLower(r), u.toTitle(r), u.simpleFold(r)));
            for (Object[] p : predicates) {
                b.append(' ').append(((LongPredicate) p[1]).test(r));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static List<Object[]> predicates(GoUnicode u) {
        return List.of(new Object[] {"space", (LongPredicate) u::isSpace}, new Object[] {"letter", (LongPredicate) u::isLetter},
                new Object[] {"upper", (LongPredicate) u::isUpper}, new Object[] {"lower", (LongPredicate) u::isLower},
                new Object[] {"title", (LongPredicate) u::isTitle}, new Object[] {"digit", (LongPredicate) u::isDigit},
                new Object[] {"number", (LongPredicate) u::isNumber}, new Object[] {"punct", (LongPredicate) u::isPunct},
                new Object[] {"symbol", (LongPredicate) u::isSymbol}, new Object[] {"mark", (LongPredicate) u::isMark},
                new Object[] {"control", (LongPredicate) u::isControl}, new Object[] {"print", (LongPredicate) u::isPrint},
                new Object[] {"graphic", (LongPredicate) u::isGraphic});
    }

    private static void ranges(StringBuilder b, String name, LongPredicate pred) {
        long start = -1;
        for (long r = 0; r <= 0x110000; r++) {
            boolean in = r <= 0x10FFFF && pred.test(r);
            if (in && start < 0) {
                start = r;
            } else if (!in && start >= 0) {
                b.append(String.format("P %s %04X %04X\n", name, start, r - 1));
                start = -1;
            }
        }
    }
}
