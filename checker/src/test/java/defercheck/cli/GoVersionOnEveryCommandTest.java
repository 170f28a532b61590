package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.source.GoVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every command that takes {@code --go}, however deep, takes it the same way: 1.19 parses to Go 1.19, 1.99 is
 * a usage error (exit 64) that names the supported range, and {@code --help} lists it. Only parsing is
 * exercised, so no program, bound or TLC run starts.
 */
class GoVersionOnEveryCommandTest {
    /** The commands that model one Go version; a command that loses or gains --go should be a decision. */
    static final List<String> WITH_GO = List.of("bench", "claims", "explore", "plan", "run", "tlc", "trace record");

    @Test
    void theCommandsThatModelAGoVersionTakeGo() {
        assertEquals(WITH_GO, new ArrayList<>(commandsWithGo().keySet()));
    }

    @TestFactory
    Stream<DynamicTest> goParsesAndAnUnsupportedVersionIsAUsageError() {
        return commandsWithGo().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            List<String> path = List.of(e.getKey().split(" "));
            CommandLine.ParseResult parsed = Main.commandLine().parseArgs(args(path, e.getValue(), "1.19"));
            while (parsed.hasSubcommand()) {
                parsed = parsed.subcommand();
            }
            assertEquals(new GoVersion(19), parsed.matchedOptionValue("--go", null), e.getKey());

            StringWriter err = new StringWriter();
            int code = Main.execute(args(path, e.getValue(), "1.99"), new PrintWriter(new StringWriter()),
                    new PrintWriter(err));
            assertEquals(64, code, err.toString());
            assertTrue(err.toString().contains("--go")
                    && err.toString().contains("unsupported Go version 1.99 (supported: 1.12 to 1.23)"), err.toString());

            StringWriter out = new StringWriter();
            List<String> help = new ArrayList<>(path);
            help.add("--help");
            assertEquals(0, Main.execute(help.toArray(String[]::new), new PrintWriter(out),
                    new PrintWriter(new StringWriter())));
            assertTrue(out.toString().contains("--go=V"), out.toString());
        }));
    }

    /** Qualified names below {@code defercheck} (such as "trace record") of the commands with --go, sorted. */
    private static Map<String, CommandSpec> commandsWithGo() {
        Map<String, CommandSpec> found = new TreeMap<>();
        collect(Main.commandLine(), found);
        return found;
    }

    private static void collect(CommandLine c, Map<String, CommandSpec> found) {
        CommandSpec spec = c.getCommandSpec();
        if (spec.findOption("--go") != null) {
            found.put(spec.qualifiedName(" ").substring("defercheck ".length()), spec);
        }
        c.getSubcommands().values().forEach(sub -> collect(sub, found));
    }

    /** The command's path, a placeholder for each required option and parameter, and {@code --go version}. */
    private static String[] args(List<String> path, CommandSpec spec, String version) {
        List<String> args = new ArrayList<>(path);
        for (OptionSpec o : spec.requiredArgs().stream().filter(OptionSpec.class::isInstance)
                .map(OptionSpec.class::cast).toList()) {
            args.add(o.longestName());
            args.add("placeholder");
        }
        args.add("--go");
        args.add(version);
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.required()) {
                args.add("placeholder.go");
            }
        }
        return args.toArray(String[]::new);
    }
}
