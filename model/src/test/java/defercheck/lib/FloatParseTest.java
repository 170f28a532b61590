package defercheck.lib;

import static defercheck.lib.GoCases.hex;
import static defercheck.lib.GoCases.unhex;

import defercheck.lib.strconv.FloatParse;
import defercheck.lib.strconv.FloatResult;
import defercheck.lib.strconv.Quoting;
import defercheck.source.GoVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FloatParse} against lib/gen/parsefloat.go for bit sizes 64 and 32: syntax (underscores, hex, special
 * names), range errors, exact halfway cases and their neighbours, subnormals, long inputs (including
 * strconv's handling of more than 800 digits), and round trips of random values; live, also a larger sample.
 */
class FloatParseTest {

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> recorded() {
        return GoCases.recorded("parsefloat", FloatParseTest::check);
    }

    @TestFactory
    List<DynamicTest> live() throws Exception {
        return GoCases.live("parsefloat", FloatParseTest::check, work);
    }

    @TestFactory
    List<DynamicTest> liveBig() throws Exception {
        return GoCases.liveNewest("parsefloat", FloatParseTest::check, work.resolve("big"), "big");
    }

    static String check(String line, GoVersion v) {
        String[] f = line.split(" ", -1);
        String s = unhex(f[0]);
        Quoting q = Quoting.of(v);
        String got64 = result(FloatParse.parseFloat(s, 64), q);
        String got32 = result(FloatParse.parseFloat(s, 32), q);
        String want64 = f[1] + " " + f[2];
        String want32 = f[3] + " " + f[4];
        if (want64.equals(got64) && want32.equals(got32)) {
            return null;
        }
        return "64: want " + want64 + " got " + got64 + "; 32: want " + want32 + " got " + got32;
    }

    private static String result(FloatResult r, Quoting q) {
        return Long.toHexString(Double.doubleToRawLongBits(r.value())) + " " + (r.error() == null ? "nil" : hex(r.error().error(q)));
    }
}
