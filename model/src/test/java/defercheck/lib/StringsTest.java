package defercheck.lib;

import static defercheck.lib.GoCases.diff;
import static defercheck.lib.GoCases.hex;
import static defercheck.lib.GoCases.unhex;

import defercheck.lib.strings.Cut;
import defercheck.lib.strings.Pieces;
import defercheck.lib.strings.StringCase;
import defercheck.lib.strings.StringReplace;
import defercheck.lib.strings.StringReplacer;
import defercheck.lib.strings.StringSearch;
import defercheck.lib.strings.StringSplit;
import defercheck.lib.strings.StringTrim;
import defercheck.lib.unicode.GoUnicode;
import defercheck.source.GoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The strings functions of {@code lib.strings} against lib/gen/strings.go: searching, splitting (with each
 * result's capacity and nil-ness), trimming, case mapping, EqualFold, Map, Replace, Repeat's panics and
 * NewReplacer (empty, one-byte and longer old strings, so each of Go's four replacers is used), over
 * strings built to contain case pairs, folding orbits, Unicode spaces and invalid UTF-8.
 */
class StringsTest {

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> recorded() {
        return GoCases.recorded("strings", StringsTest::check);
    }

    @TestFactory
    List<DynamicTest> live() throws Exception {
        return GoCases.live("strings", StringsTest::check, work);
    }

    @TestFactory
    List<DynamicTest> liveBig() throws Exception {
        return GoCases.liveOldestAndNewest("strings", StringsTest::check, work, "big");
    }

    static String check(String line, GoVersion v) {
        String[] f = line.split(" ");
        List<String> wrong = new ArrayList<>();
        switch (f[0]) {
            case "P" -> checkPair(f, v, wrong);
            case "S" -> checkSingle(f, v, wrong);
            case "R" -> checkRepeat(f, v, wrong);
            case "N" -> checkReplacer(f, wrong);
            default -> wrong.add("unknown case kind " + f[0]);
        }
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    private static void checkPair(String[] f, GoVersion v, List<String> wrong) {
        String s = unhex(f[1]);
        String t = unhex(f[2]);
        int n = Integer.parseInt(f[3]);
        Cut cut = StringSearch.cut(s, t);
        String[] got = {
            "" + StringSearch.index(s, t), "" + StringSearch.lastIndex(s, t), "" + StringSearch.indexAny(s, t),
            "" + StringSearch.lastIndexAny(s, t), "" + StringSearch.contains(s, t), "" + StringSearch.containsAny(s, t),
            "" + StringSearch.count(s, t), "" + StringSearch.hasPrefix(s, t), "" + StringSearch.hasSuffix(s, t),
            "" + StringSearch.compare(s, t), "" + StringCase.of(v).equalFold(s, t),
            hex(cut.before()), hex(cut.after()), "" + cut.found(), hex(StringSearch.trimPrefix(s, t)),
            hex(StringSearch.trimSuffix(s, t)), hex(StringTrim.trim(s, t)), hex(StringTrim.trimLeft(s, t)),
            hex(StringTrim.trimRight(s, t)), list(StringSplit.splitN(v, s, t, n)),
            list(StringSplit.splitAfterN(v, s, t, n)), list(StringSplit.split(v, s, t)),
            list(StringSplit.splitAfter(v, s, t)), hex(StringReplace.replace(s, t, "<>", n)),
            hex(StringReplace.replaceAll(s, t, "")),
            hex(StringSplit.join(StringSplit.split(v, s, t).elems(), "+")),
        };
        String[] names = {"Index", "LastIndex", "IndexAny", "LastIndexAny", "Contains", "ContainsAny", "Count",
            "HasPrefix", "HasSuffix", "Compare", "EqualFold", "Cut.before", "Cut.after", "Cut.found", "TrimPrefix",
            "TrimSuffix", "Trim", "TrimLeft", "TrimRight", "SplitN", "SplitAfterN", "Split", "SplitAfter", "Replace",
            "ReplaceAll", "Join"};
        compare(names, f, 4, got, wrong);
    }

    private static void checkSingle(String[] f, GoVersion v, List<String> wrong) {
        String s = unhex(f[1]);
        StringCase c = StringCase.of(v);
        GoUnicode u = GoUnicode.of(v);
        List<String> got = new ArrayList<>(List.of(hex(c.toUpper(s)), hex(c.toLower(s)), hex(c.toTitle(s)),
                hex(StringTrim.trimSpace(s, u::isSpace)), list(StringSplit.fields(s, u::isSpace)),
                hex(StringCase.toValidUtf8(s, "?")),
                hex(StringCase.map(s, r -> r == 'a' ? -1 : r == 'b' ? 0xD800 : r)),
                list(StringSplit.fieldsFunc(s, u::isUpper)), hex(StringTrim.trimFunc(s, u::isLetter))));
        for (long r : new long[] {'a', 'A', ' ', 0x80, 0xE9, 0xFFFD, 0x212A, 0x10400, -1, 0xD800, 0x110000}) {
            got.add("" + StringSearch.indexRune(s, r));
        }
        got.add("" + StringSearch.indexByte(s, 0xFF));
        got.add("" + StringSearch.lastIndexByte(s, 'a'));
        got.add("" + StringSearch.indexFunc(s, u::isSpace));
        got.add("" + StringSearch.lastIndexFunc(s, u::isUpper));
        String[] names = new String[got.size()];
        List<String> fixed = List.of("ToUpper", "ToLower", "ToTitle", "TrimSpace", "Fields", "ToValidUTF8", "Map",
                "FieldsFunc", "TrimFunc");
        for (int i = 0; i < names.length; i++) {
            names[i] = i < fixed.size() ? fixed.get(i) : i < names.length - 4 ? "IndexRune#" + (i - fixed.size())
                    : "IndexByte/LastIndexByte/IndexFunc/LastIndexFunc";
        }
        compare(names, f, 2, got.toArray(new String[0]), wrong);
    }

    private static void checkRepeat(String[] f, GoVersion v, List<String> wrong) {
        String s = unhex(f[1]);
        long count = Long.parseLong(f[2]);
        Optional<String> panic = StringReplace.repeatPanic(v, s.length(), count);
        String got = panic.map(p -> "panic " + hex(p)).orElseGet(() -> "ok " + hex(StringReplace.repeat(s, count)));
        add(wrong, diff("Repeat", f[3] + " " + f[4], got));
    }

    private static void checkReplacer(String[] f, List<String> wrong) {
        List<String> oldnew = new ArrayList<>();
        for (String x : f[1].split(",")) {
            oldnew.add(unhex(x));
        }
        add(wrong, diff("Replacer.Replace", f[3], hex(new StringReplacer(oldnew).replace(unhex(f[2])))));
    }

    private static void compare(String[] names, String[] f, int first, String[] got, List<String> wrong) {
        if (f.length != first + got.length) {
            wrong.add("expected " + got.length + " results, line has " + (f.length - first));
            return;
        }
        for (int i = 0; i < got.length; i++) {
            add(wrong, diff(names[i], f[first + i], got[i]));
        }
    }

    static String list(Pieces p) {
        if (p.nil()) {
            return "nil";
        }
        List<String> hs = new ArrayList<>();
        p.elems().forEach(e -> hs.add(hex(e)));
        return p.cap() + "/" + String.join(",", hs);
    }

    private static void add(List<String> wrong, String why) {
        if (why != null) {
            wrong.add(why);
        }
    }
}
