package defercheck.oracle;

import defercheck.semantics.StderrNormalizer;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * One rule of an implementation's crash-text normalisation: what part of its stderr is not compared, and why.
 * An adapter lists its rules ({@link Implementation#crashRules()}); they are applied in order to the
 * implementation's stderr before it is compared with the model's, whose own stderr is normalised by the gc
 * rule ({@link StderrNormalizer}), since the model prints what gc prints.
 */
public record CrashRule(String name, String why, UnaryOperator<String> rule) {

    public String apply(String stderr) {
        return rule.apply(stderr);
    }

    /** Applies {@code rules} in order. */
    public static String normalize(List<CrashRule> rules, String stderr) {
        String s = stderr;
        for (CrashRule r : rules) {
            s = r.apply(s);
        }
        return s;
    }

    /** gc's own rule, the one the model's goldens use: stop at the goroutine dump, mask addresses. */
    public static final CrashRule GC_DUMP = new CrashRule("gc-dump",
            "everything from the first goroutine dump line (`goroutine N [...]:`), `[signal ...` line or"
                    + " `runtime stack:` line on is the runtime's stack listing, which the model does not print the"
                    + " same; hexadecimal numbers (addresses, pcs) become 0x?",
            StderrNormalizer::normalize);

    /** Drops every line that matches {@code line} entirely. */
    public static CrashRule dropLines(String name, String why, Pattern line) {
        return new CrashRule(name, why, s -> {
            StringBuilder out = new StringBuilder();
            for (String l : s.split("(?<=\n)")) {
                if (!line.matcher(l.endsWith("\n") ? l.substring(0, l.length() - 1) : l).matches()) {
                    out.append(l);
                }
            }
            return out.toString();
        });
    }

    /** Replaces every match of {@code pattern} with {@code replacement} (a regex replacement string). */
    public static CrashRule replace(String name, String why, Pattern pattern, String replacement) {
        return new CrashRule(name, why, s -> pattern.matcher(s).replaceAll(replacement));
    }
}
