package defercheck.lib;

import static defercheck.lib.GoCases.diff;
import static defercheck.lib.GoCases.hex;
import static defercheck.lib.GoCases.unhex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.lib.utf8.DecodedRune;
import defercheck.lib.utf8.RangeStep;
import defercheck.lib.utf8.RuneConversions;
import defercheck.lib.utf8.Utf8;
import defercheck.source.GoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@link Utf8} and {@link RuneConversions} against unicode/utf8, conversions and range as Go computes them. */
class Utf8Test {

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> recorded() {
        return GoCases.recorded("utf8", Utf8Test::check);
    }

    @TestFactory
    List<DynamicTest> live() throws Exception {
        return GoCases.live("utf8", Utf8Test::check, work);
    }

    @Test
    void utf8TextRoundTrips() {
        String s = ByteStrings.ofUtf8("héllo, 世界 \uD83D\uDE00");
        assertEquals("héllo, 世界 \uD83D\uDE00", RuneConversions.fromRunes(RuneConversions.toRunes(s)).equals(s)
                ? ByteStrings.toJavaText(s) : "mismatch");
        assertArrayEquals(new int[] {0x68, 0xE9, 0x6C}, RuneConversions.toRunes(ByteStrings.ofUtf8("hél")));
    }

    static String check(String line, GoVersion v) {
        String[] f = line.split(" ", -1);
        switch (f[0]) {
            case "D":
                return checkDecode(f);
            case "E":
                return checkEncode(f);
            case "R":
                return diff("string([]rune)", f[2], hex(RuneConversions.fromRunes(ints(f[1]))));
            default:
                return "unknown case kind " + f[0];
        }
    }

    private static String checkDecode(String[] f) {
        String s = unhex(f[1]);
        List<String> wrong = new ArrayList<>();
        add(wrong, diff("DecodeRune", f[2], pair(Utf8.decodeRune(s, 0))));
        add(wrong, diff("DecodeLastRune", f[3], pair(Utf8.decodeLastRune(s))));
        add(wrong, diff("FullRune", f[4], String.valueOf(Utf8.fullRune(s, 0))));
        add(wrong, diff("ValidString", f[5], String.valueOf(Utf8.validString(s))));
        add(wrong, diff("RuneCount", f[6], String.valueOf(Utf8.runeCount(s))));
        StringJoiner runes = new StringJoiner(",");
        for (int r : RuneConversions.toRunes(s)) {
            runes.add(String.valueOf(r));
        }
        add(wrong, diff("[]rune", f[7], runes.toString()));
        StringJoiner steps = new StringJoiner(",");
        for (RangeStep st : RuneConversions.range(s)) {
            steps.add(st.index() + ":" + st.rune());
        }
        add(wrong, diff("range", f[8], steps.toString()));
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    private static String checkEncode(String[] f) {
        long x = Long.parseLong(f[1]);
        List<String> wrong = new ArrayList<>();
        add(wrong, diff("string(x)", f[2], hex(RuneConversions.fromInteger(x))));
        if (f.length > 3) {
            add(wrong, diff("RuneLen", f[3], String.valueOf(Utf8.runeLen(x))));
            add(wrong, diff("ValidRune", f[4], String.valueOf(Utf8.validRune(x))));
            add(wrong, diff("EncodeRune", f[2], hex(Utf8.encodeRune(x))));
        }
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    private static String pair(DecodedRune d) {
        return d.rune() + "," + d.width();
    }

    private static int[] ints(String csv) {
        String[] parts = csv.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    private static void add(List<String> wrong, String why) {
        if (why != null) {
            wrong.add(why);
        }
    }
}
