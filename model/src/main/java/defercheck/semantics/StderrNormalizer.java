package defercheck.semantics;

import java.util.regex.Pattern;

/**
 * The part of stderr that the model promises to match: everything before the goroutine dump, the
 * signal line or the runtime stack, with hexadecimal numbers (addresses, pcs) masked as {@code 0x?}.
 * The same rule makes the goldens (programs/README.md) and the oracle's comparisons.
 */
public final class StderrNormalizer {
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");

    private StderrNormalizer() {
    }

    public static String normalize(String stderr) {
        StringBuilder kept = new StringBuilder();
        int start = 0;
        while (start < stderr.length()) {
            int nl = stderr.indexOf('\n', start);
            int end = nl < 0 ? stderr.length() : nl + 1;
            String line = stderr.substring(start, end);
            if (line.startsWith("goroutine ") || line.startsWith("[signal ") || line.startsWith("runtime stack:")) {
                break;
            }
            kept.append(line);
            start = end;
        }
        return HEX.matcher(kept).replaceAll("0x?");
    }
}
