package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's numbers and excerpts of {@code run} are what it prints today. The cost table holds what {@code run --cost} prints: every count in a row is the tool's, and
 * every runtime call the tool counts for a program is in the row (a cell saying "none" means no runtime calls).
 */
class ReadmeCostTableTest {
    private static final Pattern README_COUNT = Pattern.compile(
            "([\\d,]+) (heap records allocated|heap records|pool reuses|stack records|open-coded bits|deferprocStack"
                    + "|deferproc|deferreturn)\\b");
    private static final Pattern TOOL_COUNT = Pattern.compile("([a-zA-Z/ -]+?) (\\d+)(?:[,;]|$)");
    private static final Map<String, String> TOOL_NAMES = Map.of("heap records", "heap records allocated",
            "open-coded bits", "open-coded bits set");
    private static final String[] CALLS = {"deferproc", "deferprocStack", "deferreturn"};

    @Test
    void everyNumberIsWhatTheToolPrints() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String v : new String[] {"1.12", "1.13", "1.14", "1.22"}) {
            String row = readme.lines().filter(l -> l.startsWith("| " + v + " | ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no cost row for Go " + v));
            String[] cells = row.split(" \\| ");
            check(v, "handler", cells[1] + ", " + cells[2], cost(v, "../examples/handler.go"));
            check(v, "loop", cells[3].replace(" |", ""), cost(v, "../examples/loop_defers.go"));
        }
    }

    /** The README's opening trace excerpt is what {@code run --trace} prints for that example, line for line. */
    @Test
    void theTraceExcerptIsWhatTheToolPrints() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String cmd = "$ ./defercheck run --trace examples/nested_panic.go\n";
        int from = readme.indexOf(cmd);
        assertTrue(from >= 0, "README has no trace excerpt");
        String excerpt = readme.substring(from + cmd.length(), readme.indexOf("```", from));
        StringWriter err = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"run", "--trace", "../examples/nested_panic.go"},
                new PrintWriter(new StringWriter()), new PrintWriter(err)));
        String shown = excerpt.replace("   ...\n", "");
        assertTrue(shown.lines().count() > 5, shown);
        assertTrue(err.toString().contains(shown), "README:\n" + shown + "\ntool:\n" + err);
    }

    private static void check(String v, String what, String cell, Map<String, Long> tool) {
        Matcher m = README_COUNT.matcher(cell);
        int seen = 0;
        while (m.find()) {
            String name = TOOL_NAMES.getOrDefault(m.group(2), m.group(2));
            assertEquals(tool.get(name), Long.valueOf(m.group(1).replace(",", "")),
                    "Go " + v + " " + what + ": README says " + m.group() + "; the tool: " + tool);
            seen++;
        }
        assertTrue(seen > 0, "Go " + v + " " + what + ": no counts in " + cell);
        for (String call : CALLS) {
            if (tool.get(call) != 0) {
                assertTrue(Pattern.compile("[\\d,]+ " + call + "\\b").matcher(cell).find(),
                        "Go " + v + " " + what + ": the tool counts " + tool.get(call) + " " + call + ", the README"
                                + " row leaves it out: " + cell);
            }
        }
    }

    /** {@code run --cost --go V FILE}: the counts it prints on stderr, by name. */
    private static Map<String, Long> cost(String v, String file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"run", "--cost", "--go", v, file}, new PrintWriter(out),
                new PrintWriter(err)), err.toString());
        String line = err.toString().lines().filter(l -> l.startsWith("== cost (")).findFirst().orElseThrow();
        String counts = line.substring(line.indexOf("): ") + 3).replace("runtime calls: ", "");
        Map<String, Long> out2 = new LinkedHashMap<>();
        Matcher m = TOOL_COUNT.matcher(counts);
        while (m.find()) {
            out2.put(m.group(1).strip(), Long.parseLong(m.group(2)));
        }
        return out2;
    }
}
