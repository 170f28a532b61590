package defercheck.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * A printed program on one line, for reports: the functions without the package clause, imports and package
 * variables, statements joined by {@code ; } and blocks kept in braces, e.g.
 * {@code func main() { defer println(1); panic(1) }}.
 */
public final class OneLine {
    private OneLine() {
    }

    public static String of(String source) {
        List<String> parts = new ArrayList<>();
        boolean inImports = false;
        for (String raw : source.split("\n")) {
            String l = raw.strip();
            if (inImports) {
                inImports = !l.equals(")");
                continue;
            }
            if (l.isEmpty() || l.startsWith("package ") || l.startsWith("var ") || l.startsWith("import \"")) {
                continue;
            }
            if (l.equals("import (")) {
                inImports = true;
                continue;
            }
            parts.add(l);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (i > 0) {
                String prev = parts.get(i - 1);
                b.append(prev.endsWith("{") || p.startsWith("}") ? " " : "; ");
            }
            b.append(p);
        }
        return b.toString();
    }
}
