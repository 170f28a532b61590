package defercheck.lib.unicode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Unicode character properties behind Go's unicode package for one Unicode version: general categories,
 * simple case mappings, simple case folding classes and White_Space, from the tables under
 * resources/defercheck/lib/unicode (derived from the Unicode Character Database by UnicodePropertyGenerator,
 * so they do not depend on the JVM's own Unicode version). Code points outside 0..U+10FFFF have no
 * properties: category "Cn", no mapping, their own fold class. {@link GoUnicode} applies them as Go does.
 */
public final class CharacterProperties {

    private static final Map<UnicodeVersion, CharacterProperties> LOADED = new EnumMap<>(UnicodeVersion.class);

    private final int[] categoryLo;
    private final int[] categoryHi;
    private final String[] categoryName;
    private final int[] mapped;
    private final int[][] deltas;
    private final int[] foldFrom;
    private final int[] foldTo;
    private final int[] whiteSpace;

    private CharacterProperties(Builder b) {
        categoryLo = ints(b.categoryLo);
        categoryHi = ints(b.categoryHi);
        categoryName = b.categoryName.toArray(new String[0]);
        mapped = new int[b.mappings.size()];
        deltas = new int[b.mappings.size()][];
        int i = 0;
        for (Map.Entry<Integer, int[]> e : b.mappings.entrySet()) {
            mapped[i] = e.getKey();
            deltas[i++] = e.getValue();
        }
        foldFrom = b.foldNext.keySet().stream().mapToInt(Integer::intValue).toArray();
        foldTo = b.foldNext.values().stream().mapToInt(Integer::intValue).toArray();
        whiteSpace = ints(b.whiteSpace);
    }

    /** The properties of {@code version}, loaded once. */
    public static synchronized CharacterProperties of(UnicodeVersion version) {
        return LOADED.computeIfAbsent(version, CharacterProperties::load);
    }

    /** The two-letter general category, "Cn" for an unassigned or out-of-range code point. */
    public String category(long r) {
        if (r < 0 || r > 0x10FFFF) {
            return "Cn";
        }
        int lo = 0;
        int hi = categoryLo.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (r < categoryLo[mid]) {
                hi = mid - 1;
            } else if (r > categoryHi[mid]) {
                lo = mid + 1;
            } else {
                return categoryName[mid];
            }
        }
        return "Cn";
    }

    /** The simple uppercase mapping (the code point itself when it has none). */
    public long upper(long r) {
        return r + delta(r, 0);
    }

    /** The simple lowercase mapping. */
    public long lower(long r) {
        return r + delta(r, 1);
    }

    /** The simple titlecase mapping (the uppercase one where UnicodeData gives none). */
    public long title(long r) {
        return r + delta(r, 2);
    }

    /**
     * The next code point after r in r's class under simple case folding, wrapping to the smallest (r itself
     * when the class has one member): what unicode.SimpleFold documents and its tables implement.
     */
    public long nextInFoldClass(long r) {
        if (r < 0 || r > 0x10FFFF) {
            return r;
        }
        int i = java.util.Arrays.binarySearch(foldFrom, (int) r);
        return i >= 0 ? foldTo[i] : r;
    }

    /** The White_Space property. */
    public boolean whiteSpace(long r) {
        for (int i = 0; i < whiteSpace.length; i += 2) {
            if (r >= whiteSpace[i] && r <= whiteSpace[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private int delta(long r, int which) {
        if (r < 0 || r > 0x10FFFF) {
            return 0;
        }
        int i = java.util.Arrays.binarySearch(mapped, (int) r);
        return i >= 0 ? deltas[i][which] : 0;
    }

    private static CharacterProperties load(UnicodeVersion version) {
        String name = "/defercheck/lib/unicode/properties-" + version.text() + ".txt";
        Builder b = new Builder();
        try (InputStream in = CharacterProperties.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    b.add(line.split(" "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CharacterProperties(b);
    }

    private static int[] ints(List<Integer> xs) {
        return xs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Collects the lines of a table file. */
    private static final class Builder {
        final List<Integer> categoryLo = new ArrayList<>();
        final List<Integer> categoryHi = new ArrayList<>();
        final List<String> categoryName = new ArrayList<>();
        final TreeMap<Integer, int[]> mappings = new TreeMap<>();
        final TreeMap<Integer, Integer> foldNext = new TreeMap<>();
        final List<Integer> whiteSpace = new ArrayList<>();

        void add(String[] f) {
            switch (f[0]) {
                case "C" -> {
                    categoryName.add(f[1]);
                    categoryLo.add(hex(f[2]));
                    categoryHi.add(hex(f[3]));
                }
                case "M" -> {
                    int[] d = {Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6])};
                    for (int cp = hex(f[1]); cp <= hex(f[2]); cp += Integer.parseInt(f[3])) {
                        mappings.put(cp, d);
                    }
                }
                case "F" -> {
                    for (int i = 1; i < f.length; i++) {
                        foldNext.put(hex(f[i]), hex(f[i + 1 < f.length ? i + 1 : 1]));
                    }
                }
                case "W" -> {
                    whiteSpace.add(hex(f[1]));
                    whiteSpace.add(hex(f[2]));
                }
                default -> throw new IllegalStateException("bad table line " + String.join(" ", f));
            }
        }

        private static int hex(String s) {
            return Integer.parseInt(s, 16);
        }
    }
}
