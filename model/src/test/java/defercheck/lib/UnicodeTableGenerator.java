package defercheck.lib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Writes the code point tables of {@link defercheck.lib.unicode.UnicodeTables} (not a test; run by hand).
 * Usage: {@code UnicodeTableGenerator OUT_DIR [UnicodeData.txt]}.
 * <ul>
 *   <li>{@code unicode-13.0.0.txt} from the running JDK's {@code Character}, which must be JDK 16 to 19 (they
 *       implement Unicode 13.0; JDK 17 is the project's);</li>
 *   <li>{@code unicode-15.0.0.txt} from the Unicode Character Database file UnicodeData.txt of version 15.0.0
 *       (Debian bookworm's package unicode-data 15.0.0 installs it as /usr/share/unicode/UnicodeData.txt).</li>
 * </ul>
 * A line {@code P lo hi} is a range of printable code points as Go defines them (general category L, M, N, P
 * or S, and U+0020); {@code G lo hi} a range of the other graphic ones (category Zs).
 */
public final class UnicodeTableGenerator {

    private UnicodeTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Paths.get(args[0]);
        int feature = Runtime.version().feature();
        if (feature < 16 || feature > 19) {
            throw new IllegalStateException("JDK " + feature + " does not implement Unicode 13.0");
        }
        char[] jdk = new char[0x110000];
        for (int cp = 0; cp < jdk.length; cp++) {
            jdk[cp] = classOf(Character.getType(cp), cp);
        }
        write(out.resolve("unicode-13.0.0.txt"), "13.0.0", "the JDK " + feature + " Character class", jdk);
        if (args.length > 1) {
            char[] ucd = fromUnicodeData(Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8));
            write(out.resolve("unicode-15.0.0.txt"), "15.0.0", "UnicodeData.txt 15.0.0", ucd);
        }
    }

    /** 'P' printable, 'G' graphic only, '-' neither. */
    private static char classOf(int javaType, int cp) {
        switch (javaType) {
            case Character.UPPERCASE_LETTER: case Character.LOWERCASE_LETTER: case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER: case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK: case Character.ENCLOSING_MARK: case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER: case Character.LETTER_NUMBER: case Character.OTHER_NUMBER:
            case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION: case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION: case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION: case Character.OTHER_PUNCTUATION:
            case Character.MATH_SYMBOL: case Character.CURRENCY_SYMBOL: case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
                return 'P';
            case Character.SPACE_SEPARATOR:
                return cp == ' ' ? 'P' : 'G';
            default:
                return '-';
        }
    }

    private static char classOf(String category, int cp) {
        char major = category.charAt(0);
        if ("LMNPS".indexOf(major) >= 0) {
            return 'P';
        }
        if (category.equals("Zs")) {
            return cp == ' ' ? 'P' : 'G';
        }
        return '-';
    }

    private static char[] fromUnicodeData(List<String> lines) {
        char[] out = new char[0x110000];
        java.util.Arrays.fill(out, '-');
        int rangeStart = -1;
        for (String line : lines) {
            String[] f = line.split(";", -1);
            int cp = Integer.parseInt(f[0], 16);
            char c = classOf(f[2], cp);
            if (f[1].endsWith(", First>")) {
                rangeStart = cp;
                continue;
            }
            int from = f[1].endsWith(", Last>") ? rangeStart : cp;
            for (int x = from; x <= cp; x++) {
                out[x] = c;
            }
        }
        return out;
    }

    private static void write(Path file, String version, String source, char[] classes) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# Unicode ").append(version).append(" code points that Go's strconv.IsPrint (P) and IsGraphic (P and G)\n");
        b.append("# accept, derived from ").append(source).append(" by UnicodeTableGenerator.\n");
        for (char kind : new char[] {'P', 'G'}) {
            int start = -1;
            for (int cp = 0; cp <= classes.length; cp++) {
                boolean in = cp < classes.length && classes[cp] == kind;
                if (in && start < 0) {
                    start = cp;
                } else if (!in && start >= 0) {
                    b.append(String.format("%c %04X %04X\n", kind, start, cp - 1));
                    start = -1;
                }
            }
        }
        Files.writeString(file, b.toString(), StandardCharsets.US_ASCII);
    }
}
