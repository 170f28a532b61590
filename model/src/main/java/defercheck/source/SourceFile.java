package defercheck.source;

import java.util.ArrayList;
import java.util.List;

/** A Go source file: its display name and its text, with line lookup for carets and traces. */
public record SourceFile(String name, String text) {

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** The text of 1-based line {@code n}, or "" when out of range. */
    public String line(int n) {
        List<String> all = lines();
        return n >= 1 && n <= all.size() ? all.get(n - 1) : "";
    }
}
