package defercheck.explore;

import defercheck.coreprogram.CoreProgram;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent canonical form for the duplicate test: renumber values and functions in first-occurrence
 * order of the printed record text, so two programs that are renamings of each other print the same.
 */
final class Canonical {
    private static final Pattern NUMBER = Pattern.compile("(value|function)=(\\d+)");

    private Canonical() {
    }

    static String form(CoreProgram p) {
        Map<String, Integer> values = new HashMap<>();
        Map<String, Integer> functions = new HashMap<>();
        Matcher m = NUMBER.matcher(p.toString());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Map<String, Integer> map = m.group(1).equals("value") ? values : functions;
            int n = map.computeIfAbsent(m.group(2), k -> map.size() + 1);
            m.appendReplacement(sb, m.group(1) + "=" + n);
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
