package defercheck.straightline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import defercheck.runtime.MachineConfig;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import defercheck.tlc.TlcResult;
import defercheck.tlc.TraceValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The straight-line route of {@code trace export --format tla} on every program of the corpus, on the abstract
 * machine and every machine of the Go version: each run reads back (but for two known limits), and TLC finds GoDefer
 * runs every read-back program to the machine's log and outcome (one batch module per version).
 */
class StraightLineCorpusTest {
    static final Path CORPUS = Paths.get("../model/src/test/resources/programs");
    static final Path SPEC = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));
    /** The corpus programs whose runs do not read back, and why: GoDefer has no stack overflow or Breakpoint. */
    static final Map<String, String> REFUSED = Map.of(
            "overflow/runaway_recursion.go", "ends in stack overflow, which GoDefer does not model",
            "runtime/breakpoint_trap.go", "ends in runtime.Breakpoint (SIGTRAP), which GoDefer does not model");

    @ParameterizedTest
    @ValueSource(strings = {"1.13", "1.14", "1.21", "1.22", "1.23"})
    void everyCorpusRunReadsBackAndGoDeferAgrees(String version, @TempDir Path dir) throws Exception {
        GoVersion v = GoVersion.parse(version);
        List<StraightLineExport.Reading> runs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path f : programs()) {
            Compilation c = Frontend.compile(new SourceFile(f.getFileName().toString(), Files.readString(f)), v);
            if (!c.ok()) {
                continue;
            }
            Program p = c.program();
            List<MachineConfig> machines = new ArrayList<>();
            machines.add(null);
            machines.addAll(new MachineSuite(v, null).machines(p));
            for (MachineConfig m : machines) {
                String label = CORPUS.relativize(f) + " on " + (m == null ? "abstract" : m.name());
                try {
                    runs.add(StraightLineExport.read(p, v, m, false));
                    labels.add(label);
                } catch (StraightLineExport.Refused e) {
                    String program = CORPUS.relativize(f).toString();
                    refused.add(program);
                    assertTrue(e.getMessage().contains(REFUSED.getOrDefault(program, "(not to be refused)")),
                            label + ": " + e.getMessage());
                }
            }
        }
        assertEquals(new TreeSet<>(REFUSED.keySet()), new TreeSet<>(refused));
        assertTrue(runs.size() > 300, "runs read back: " + runs.size());
        Path tla = StraightLineExport.writeBatch(runs, labels, v, dir.resolve("Corpus.tla"));
        TlcResult tlc = TraceValidation.validate(tla, SPEC, 300).tlc();
        assertEquals(TlcResult.Kind.SUCCESS, tlc.kind(), () -> tlc.describe() + " on " + failing(tlc, labels)
                + "\n" + tlc.message());
        System.out.printf("Go %s: TLC agrees with %d corpus runs read back as straight-line programs%n", v,
                runs.size());
    }

    /** The batch run TLC's counterexample is about ({@code which}), by its label. */
    private static String failing(TlcResult tlc, List<String> labels) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("which=(\\d+)").matcher(tlc.trace().toString());
        return m.find() ? "run " + m.group(1) + ": " + labels.get(Integer.parseInt(m.group(1)) - 1) : "(no run named)";
    }

    static List<Path> programs() throws Exception {
        try (Stream<Path> s = Files.walk(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
    }
}
