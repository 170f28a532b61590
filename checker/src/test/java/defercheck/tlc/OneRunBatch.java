package defercheck.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test support: one-run modules ({@link OneRunModule#render}, as {@code trace export --format tla} and
 * StraightLineExport write them) joined into one batch module ({@link OneRunModule#renderBatch}) that TLC checks
 * in one run. A module is read back into the parts render() took, and only a module that render() gives back
 * exactly is batched, so the batch holds the same programs, logs and outcomes as the modules; each run keeps its
 * own step bound ({@code Steps[which]}). Modules are batched together when they extend the same specs, follow
 * the same Go version and have the same checks; their cfg constants only size GoDefer's variables, so the batch
 * takes the largest sizes and the union of the value sets.
 */
public final class OneRunBatch {
    private static final Pattern HEADER = Pattern.compile("^-+ MODULE (\\w+) -+\\n\\(\\* ");
    private static final Pattern MINOR = Pattern.compile("\\nETGoMinor == (\\d+)\\n\\n");
    private static final Pattern STEPS = Pattern.compile("\\nTerminates == steps <= (\\d+)\\n");
    private static final Pattern DEFINED = Pattern.compile("(?m)^([A-Za-z_]\\w*)\\s*(?:\\([^)]*\\))?\\s*==");
    private static final Pattern CONSTANT = Pattern.compile("^    (\\w+) = (.*)$");
    private static final String RECORDED = "\\* What the machine recorded:";
    /** Constants that are sizes: the batch takes the largest. */
    private static final Set<String> SIZES = Set.of("NumFuncs", "BodyLen");
    private static final String ELEMENT = "(\\d+|\"[^\",]*\")";

    /** The arguments render() took for a module. */
    record Parts(String module, String comment, String extendsList, int goMinor, String definitions, String program,
                 String expected, int maxSteps) { }

    /** A one-run module read back, with its cfg: constants in order, then the checks that follow them. */
    public record Read(Path tla, Parts parts, Map<String, String> constants, String checks) {
        /** Modules with the same key can share a batch. */
        public String key() {
            StringBuilder sb = new StringBuilder(parts.extendsList()).append('\n').append(parts.goMinor()).append('\n');
            constants.forEach((k, v) -> sb.append(k).append(mergeable(k, v) ? "" : " = " + v).append('\n'));
            return sb.append(checks).toString();
        }
    }

    private OneRunBatch() {
    }

    /** The module (and its cfg) read back, or empty when it is not exactly a one-run module. */
    public static Optional<Read> read(Path tla) throws IOException {
        String text = Files.readString(tla, StandardCharsets.UTF_8);
        Optional<Parts> parts = parts(text);
        Path cfg = tla.resolveSibling(tla.getFileName().toString().replaceFirst("\\.tla$", ".cfg"));
        if (parts.isEmpty() || !Files.exists(cfg)) {
            return Optional.empty();
        }
        Parts p = parts.get();
        String again = OneRunModule.render(p.module(), p.comment(), p.extendsList(), p.goMinor(), p.definitions(),
                p.program(), p.expected(), p.maxSteps());
        if (!again.equals(text)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(cfg, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals("CONSTANTS")) {
            return Optional.empty();
        }
        Map<String, String> constants = new LinkedHashMap<>();
        int i = 1;
        for (Matcher m; i < lines.size() && (m = CONSTANT.matcher(lines.get(i))).matches(); i++) {
            constants.put(m.group(1), m.group(2));
        }
        return Optional.of(new Read(tla, p, constants, String.join("\n", lines.subList(i, lines.size())) + "\n"));
    }

    static Optional<Parts> parts(String text) {
        Matcher h = HEADER.matcher(text);
        Matcher minor = MINOR.matcher(text);
        Matcher steps = STEPS.matcher(text);
        int commentEnd = text.indexOf(" *)\nEXTENDS ");
        int expected = text.indexOf("\nExpected == ");
        int prog = text.indexOf("\nETInit == /\\ prog = ");
        if (!h.find() || commentEnd < 0 || !minor.find() || expected < 0 || prog < 0 || !steps.find()) {
            return Optional.empty();
        }
        int recorded = text.indexOf(RECORDED, minor.end());
        if (recorded < 0) {
            return Optional.empty();
        }
        String comment = text.substring(h.end(), commentEnd);
        int extendsStart = commentEnd + " *)\nEXTENDS ".length();
        String extendsList = text.substring(extendsStart, text.indexOf('\n', extendsStart));
        int expectedStart = expected + "\nExpected == ".length();
        String expectedText = text.substring(expectedStart, text.indexOf('\n', expectedStart));
        int progStart = prog + "\nETInit == /\\ prog = ".length();
        String program = text.substring(progStart, text.indexOf('\n', progStart));
        return Optional.of(new Parts(h.group(1), comment, extendsList, Integer.parseInt(minor.group(1)),
                text.substring(minor.end(), recorded), program, expectedText, Integer.parseInt(steps.group(1))));
    }

    /**
     * Writes the batch module FILE (and its cfg) holding {@code runs} (all of one key) in order: run k of the
     * batch ({@code which = k}) is {@code runs.get(k - 1)}.
     */
    public static Path write(List<Read> runs, List<String> labels, Path file) throws IOException {
        String module = TlaText.moduleName(file);
        Parts first = runs.get(0).parts();
        StringBuilder defs = new StringBuilder("(* Runs:\n");
        for (int k = 1; k <= runs.size(); k++) {
            defs.append("   ").append(k).append(' ').append(TlaText.commentSafe(labels.get(k - 1))).append('\n');
        }
        defs.append("*)\n");
        List<String> progs = new ArrayList<>();
        List<String> exps = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        for (int k = 1; k <= runs.size(); k++) {
            Parts p = runs.get(k - 1).parts();
            String suffix = "_r" + k;
            defs.append(renamed(p.definitions(), p.definitions(), suffix));
            progs.add(renamed(p.definitions(), p.program(), suffix));
            exps.add(p.expected());
            steps.add(Integer.toString(p.maxSteps()));
        }
        defs.append("Progs == <<\n    ").append(String.join(",\n    ", progs)).append(">>\n\n")
                .append("Exps == <<\n    ").append(String.join(",\n    ", exps)).append(">>\n\n")
                .append("\\* Each run's own step bound, as its one-run module has it.\n")
                .append("Steps == <<").append(String.join(", ", steps)).append(">>\n\n");
        String comment = "Test batch of " + runs.size() + " one-run modules (trace exports) at Go 1." + first.goMinor()
                + ", checked in one TLC run:\n   Init picks the run (which), each keeps its program, log, outcome"
                + " and step bound.";
        String text = OneRunModule.renderBatch(module, comment, first.goMinor(), defs.toString(), runs.size(), 0);
        text = once(text, "(?m)^EXTENDS .*$", "EXTENDS " + first.extendsList());
        text = once(text, "\\nTerminates == steps <= 0\\n", "\nTerminates == steps <= Steps[which]\n");
        Path tla = file.resolveSibling(module + ".tla");
        Files.writeString(tla, text, StandardCharsets.UTF_8);
        Files.writeString(file.resolveSibling(module + ".cfg"), cfg(runs), StandardCharsets.UTF_8);
        return tla;
    }

    /** {@code text} with every name {@code definitions} defines renamed to name + suffix. */
    private static String renamed(String definitions, String text, String suffix) {
        Matcher m = DEFINED.matcher(definitions);
        String out = text;
        while (m.find()) {
            out = out.replaceAll("\\b" + Pattern.quote(m.group(1)) + "\\b", m.group(1) + suffix);
        }
        return out;
    }

    private static String once(String text, String regex, String replacement) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find() || m.find()) {
            throw new IllegalStateException("OneRunModule.renderBatch changed: expected one match of " + regex);
        }
        return text.replaceFirst(regex, Matcher.quoteReplacement(replacement));
    }

    private static String cfg(List<Read> runs) {
        StringBuilder sb = new StringBuilder("CONSTANTS\n");
        for (String name : runs.get(0).constants().keySet()) {
            List<String> values = runs.stream().map(r -> r.constants().get(name)).toList();
            sb.append("    ").append(name).append(" = ").append(merged(name, values)).append('\n');
        }
        return sb.append(runs.get(0).checks()).toString();
    }

    /** A size, or a set of numbers or strings. */
    private static boolean mergeable(String name, String value) {
        return SIZES.contains(name) ? value.matches("\\d+") : value.matches("\\{\\s*(" + ELEMENT + "(,\\s*" + ELEMENT
                + ")*)?\\s*}");
    }

    private static String merged(String name, List<String> values) {
        if (!mergeable(name, values.get(0))) {
            return values.get(0);  // part of the key: the same in every run
        }
        if (SIZES.contains(name)) {
            return Integer.toString(values.stream().mapToInt(Integer::parseInt).max().orElseThrow());
        }
        TreeSet<String> union = new TreeSet<>((a, b) -> a.matches("\\d+") && b.matches("\\d+")
                ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b));
        for (String v : values) {
            String inner = v.substring(1, v.length() - 1).strip();
            if (!inner.isEmpty()) {
                union.addAll(List.of(inner.split(",\\s*")));
            }
        }
        return "{" + String.join(", ", union) + "}";
    }
}
