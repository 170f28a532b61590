package defercheck.lib.unicode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Go's notion of printable and graphic runes for one Unicode version, from the code point tables under
 * resources/defercheck/lib/unicode (derived from the Unicode Character Database by UnicodeTableGenerator, so
 * they do not depend on the JVM's own Unicode version). Printable (strconv.IsPrint, unicode.IsPrint): general
 * category L, M, N, P or S, or U+0020. Graphic (strconv.IsGraphic): printable or category Zs.
 */
public final class UnicodeTables {

    private static final Map<UnicodeVersion, UnicodeTables> LOADED = new EnumMap<>(UnicodeVersion.class);

    private final int[] print;
    private final int[] graphicOnly;

    private UnicodeTables(int[] print, int[] graphicOnly) {
        this.print = print;
        this.graphicOnly = graphicOnly;
    }

    /** The tables of {@code version}, loaded once. */
    public static synchronized UnicodeTables of(UnicodeVersion version) {
        return LOADED.computeIfAbsent(version, UnicodeTables::load);
    }

    /** strconv.IsPrint: false for negative values and values above U+10FFFF. */
    public boolean isPrint(long r) {
        return r >= 0 && r <= 0x10FFFF && contains(print, (int) r);
    }

    /** strconv.IsGraphic: printable, or a space separator such as U+00A0 or U+3000. */
    public boolean isGraphic(long r) {
        return isPrint(r) || (r >= 0 && r <= 0x10FFFF && contains(graphicOnly, (int) r));
    }

    /** Whether sorted disjoint [lo, hi] pairs contain {@code r}. */
    private static boolean contains(int[] ranges, int r) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (r < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (r > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static UnicodeTables load(UnicodeVersion version) {
        String name = "/defercheck/lib/unicode/unicode-" + version.text() + ".txt";
        List<Integer> print = new ArrayList<>();
        List<Integer> graphic = new ArrayList<>();
        try (InputStream in = UnicodeTables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ");
                List<Integer> into = f[0].equals("P") ? print : graphic;
                into.add(Integer.parseInt(f[1], 16));
                into.add(Integer.parseInt(f[2], 16));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new UnicodeTables(toArray(print), toArray(graphic));
    }

    private static int[] toArray(List<Integer> xs) {
        int[] out = new int[xs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = xs.get(i);
        }
        return out;
    }
}
