package defercheck.lib;

import static defercheck.lib.GoCases.diff;
import static defercheck.lib.GoCases.hex;
import static defercheck.lib.GoCases.unhex;

import defercheck.lib.strconv.Quoting;
import defercheck.source.GoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quote, QuoteToASCII, QuoteToGraphic, CanBackquote and the QuoteRune family against lib/gen/quote.go, whose
 * output differs between go1.19 (Unicode 13.0.0) and go1.21+ (Unicode 15.0.0).
 */
class QuotingTest {

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> recorded() {
        return GoCases.recorded("quote", QuotingTest::check);
    }

    @TestFactory
    List<DynamicTest> live() throws Exception {
        return GoCases.live("quote", QuotingTest::check, work);
    }

    static String check(String line, GoVersion v) {
        String[] f = line.split(" ", -1);
        Quoting q = Quoting.of(v);
        List<String> wrong = new ArrayList<>();
        if (f[0].equals("Q")) {
            String s = unhex(f[1]);
            add(wrong, diff("Quote", f[2], hex(q.quote(s))));
            add(wrong, diff("QuoteToASCII", f[3], hex(q.quoteToASCII(s))));
            add(wrong, diff("QuoteToGraphic", f[4], hex(q.quoteToGraphic(s))));
            add(wrong, diff("CanBackquote", f[5], String.valueOf(Quoting.canBackquote(s))));
        } else if (f[0].equals("QR")) {
            long r = Long.parseLong(f[1]);
            add(wrong, diff("QuoteRune", f[2], hex(q.quoteRune(r))));
            add(wrong, diff("QuoteRuneToASCII", f[3], hex(q.quoteRuneToASCII(r))));
            add(wrong, diff("QuoteRuneToGraphic", f[4], hex(q.quoteRuneToGraphic(r))));
        } else {
            return "unknown case kind " + f[0];
        }
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    private static void add(List<String> wrong, String why) {
        if (why != null) {
            wrong.add(why);
        }
    }
}
