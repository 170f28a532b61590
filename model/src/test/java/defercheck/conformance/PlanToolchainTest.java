package defercheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.source.GoVersion;
import defercheck.toolchain.GoToolchain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code defercheck plan} against the installed compilers themselves, live: every corpus program is
 * built with {@code -gcflags=-d=defer} in one module per toolchain, and each program's lines must equal
 * the planner's.
 */
class PlanToolchainTest {

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> planMatchesEveryInstalledCompiler() throws Exception {
        List<GoToolchain> toolchains = GoToolchain.installed();
        Assumptions.assumeFalse(toolchains.isEmpty(),
                "skipped: no Go toolchain under /usr/lib/go-1.NN (.ci/install-go installs them)");
        List<Path> programs = CorpusTest.programs();
        List<String> sources = new ArrayList<>();
        for (Path p : programs) {
            sources.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (GoToolchain go : toolchains) {
            GoVersion v = GoVersion.parse(go.version());
            // a program that needs a later Go does not compile here (its golden records how); go list would fail
            List<Integer> built = new ArrayList<>();
            for (int i = 0; i < programs.size(); i++) {
                if (CorpusTest.needs(sources.get(i)) <= v.minor()) {
                    built.add(i);
                }
            }
            List<String> plans = go.deferPlans(built.stream().map(sources::get).toList(), work.resolve("go" + go.version()));
            for (int k = 0; k < built.size(); k++) {
                Path p = programs.get(built.get(k));
                String want = plans.get(k);
                tests.add(DynamicTest.dynamicTest(CorpusTest.ROOT.relativize(p) + " @ go" + go.version(),
                        () -> assertEquals(want, PlanGoldenTest.plan(p, v), p.toString())));
            }
        }
        return tests;
    }

}
