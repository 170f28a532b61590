package defercheck.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.lib.runtime.RuntimePrint;
import defercheck.lib.strconv.FloatFormat;
import defercheck.source.GoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FloatFormat} (every format with shortest and fixed precisions, float64 and float32) and
 * {@link RuntimePrint} against lib/gen/floatfmt.go: powers of ten and two, halfway cases, subnormals, float32
 * values and random bit patterns; live, also a larger random sample ("big").
 */
class FloatFormatTest {

    /** The (format, precision) pairs of the generator's first line. */
    private static final String COMBOS = "C e:-1 f:-1 g:-1 G:-1 b:-1 x:-1 X:3 z:-1 e:0 e:1 E:3 e:8 e:15 e:16 e:17 e:18 "
            + "e:25 g:0 g:1 g:2 G:6 g:9 g:17 g:18 g:19 f:0 f:1 f:3 f:17 f:20 x:0 x:1 x:5 x:12 x:13 x:14 x:15 x:20";

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> recorded() {
        return GoCases.recorded("floatfmt", FloatFormatTest::check);
    }

    @TestFactory
    List<DynamicTest> live() throws Exception {
        return GoCases.live("floatfmt", FloatFormatTest::check, work);
    }

    @TestFactory
    List<DynamicTest> liveBig() throws Exception {
        return GoCases.liveNewest("floatfmt", FloatFormatTest::check, work.resolve("big"), "big");
    }

    @Test
    void shortestIsNotJavaToString() {
        // Java 17's Double.toString gives more digits than needed for some values (JDK-4511638).
        assertEquals("2e+23", FloatFormat.formatFloat(2e23, 'g', -1, 64));
        assertEquals("1e+23", FloatFormat.formatFloat(1e23, 'g', -1, 64));
        assertEquals("8.41e+21", FloatFormat.formatFloat(8.41e21, 'g', -1, 64));
        assertEquals("1.9999999999999998E23", Double.toString(2e23));
    }

    static String check(String line, GoVersion v) {
        String[] f = line.split(" ", -1);
        switch (f[0]) {
            case "C":
                return line.equals(COMBOS) ? null : "combos changed: " + line;
            case "F":
            case "S":
                return checkFormats(f);
            case "P":
                double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[1], 16));
                String got = RuntimePrint.printFloat(x);
                return got.equals(f[2]) ? null : "println: want " + f[2] + " got " + got;
            case "PC":
                String c = RuntimePrint.printComplex(Double.longBitsToDouble(Long.parseUnsignedLong(f[1], 16)),
                        Double.longBitsToDouble(Long.parseUnsignedLong(f[2], 16)));
                return c.equals(f[3]) ? null : "println(complex): want " + f[3] + " got " + c;
            default:
                return "unknown case kind " + f[0];
        }
    }

    private static String checkFormats(String[] f) {
        int bitSize = f[0].equals("F") ? 64 : 32;
        long bits = Long.parseUnsignedLong(f[1], 16);
        double x = bitSize == 64 ? Double.longBitsToDouble(bits) : Float.intBitsToFloat((int) bits);
        String[] combos = COMBOS.split(" ");
        List<String> wrong = new ArrayList<>();
        for (int i = 1; i < combos.length; i++) {
            String want = f[i + 1];
            if (want.equals("~")) {
                continue;
            }
            char fmt = combos[i].charAt(0);
            int prec = Integer.parseInt(combos[i].substring(2));
            String got = FloatFormat.formatFloat(x, fmt, prec, bitSize);
            if (!got.equals(want)) {
                wrong.add(combos[i] + " want " + want + " got " + got);
            }
        }
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }
}
