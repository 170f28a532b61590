package defercheck.lib;

import static defercheck.lib.GoCases.diff;
import static defercheck.lib.GoCases.hex;
import static defercheck.lib.GoCases.unhex;

import defercheck.lib.strconv.BoolResult;
import defercheck.lib.strconv.IntFormat;
import defercheck.lib.strconv.IntParse;
import defercheck.lib.strconv.IntResult;
import defercheck.lib.strconv.NumError;
import defercheck.lib.strconv.Quoting;
import defercheck.lib.strconv.UnquotedChar;
import defercheck.lib.strconv.Unquoting;
import defercheck.source.GoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * strconv's integer formatting and parsing (with each error's text), ParseBool, Unquote, QuotedPrefix and
 * UnquoteChar against lib/gen/strconv.go.
 */
class StrconvTest {

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> recorded() {
        return GoCases.recorded("strconv", StrconvTest::check);
    }

    @TestFactory
    List<DynamicTest> live() throws Exception {
        return GoCases.live("strconv", StrconvTest::check, work);
    }

    static String check(String line, GoVersion v) {
        String[] f = line.split(" ", -1);
        Quoting q = Quoting.of(v);
        List<String> wrong = new ArrayList<>();
        switch (f[0]) {
            case "FI":
                long x = Long.parseLong(f[1]);
                int base = Integer.parseInt(f[2]);
                add(wrong, diff("FormatInt", f[3], IntFormat.formatInt(x, base)));
                add(wrong, diff("FormatUint", f[4], IntFormat.formatUint(x, base)));
                break;
            case "IT":
                add(wrong, diff("Itoa", f[2], IntFormat.itoa(Long.parseLong(f[1]))));
                break;
            case "PI":
                String s = unhex(f[1]);
                int b = Integer.parseInt(f[2]);
                int size = Integer.parseInt(f[3]);
                add(wrong, diff("ParseInt", f[4] + " " + f[5], result(IntParse.parseInt(s, b, size), false, q)));
                add(wrong, diff("ParseUint", f[6] + " " + f[7], result(IntParse.parseUint(s, b, size), true, q)));
                break;
            case "A":
                String a = unhex(f[1]);
                add(wrong, diff("Atoi", f[2] + " " + f[3], result(IntParse.atoi(a), false, q)));
                add(wrong, diff("ParseBool", f[4] + " " + f[5], result(IntParse.parseBool(a), q)));
                break;
            case "B":
                BoolResult r = IntParse.parseBool(unhex(f[1]));
                add(wrong, diff("ParseBool", f[2] + " " + f[3], result(r, q)));
                add(wrong, diff("FormatBool", f[4], IntFormat.formatBool(r.value())));
                break;
            case "U":
                checkUnquote(f, wrong);
                break;
            default:
                return "unknown case kind " + f[0];
        }
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    private static void checkUnquote(String[] f, List<String> wrong) {
        String s = unhex(f[1]);
        add(wrong, diff("Unquote", f[2] + " " + f[3], optional(Unquoting.unquote(s))));
        add(wrong, diff("QuotedPrefix", f[4] + " " + f[5], optional(Unquoting.quotedPrefix(s))));
        char[] quotes = {'"', '\'', '`'};
        for (int i = 0; i < quotes.length; i++) {
            Optional<UnquotedChar> c = Unquoting.unquoteChar(s, quotes[i]);
            String got = c.map(u -> u.value() + "," + u.multibyte() + "," + hex(u.tail()) + ",nil")
                    .orElse("0,false,-," + hex(NumError.SYNTAX));
            add(wrong, diff("UnquoteChar(" + quotes[i] + ")", f[6 + i], got));
        }
    }

    private static String optional(Optional<String> o) {
        return o.map(x -> hex(x) + " nil").orElse("- " + hex(NumError.SYNTAX));
    }

    private static String result(IntResult r, boolean unsigned, Quoting q) {
        String value = unsigned ? Long.toUnsignedString(r.value()) : Long.toString(r.value());
        return value + " " + error(r.error(), q);
    }

    private static String result(BoolResult r, Quoting q) {
        return r.value() + " " + error(r.error(), q);
    }

    private static String error(NumError e, Quoting q) {
        return e == null ? "nil" : hex(e.error(q));
    }

    private static void add(List<String> wrong, String why) {
        if (why != null) {
            wrong.add(why);
        }
    }
}
