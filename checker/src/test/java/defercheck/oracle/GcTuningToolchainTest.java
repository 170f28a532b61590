package defercheck.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.coreprogram.GoPrinter;
import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import defercheck.toolchain.GoToolchain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiler flags the oracle adds to go build's ({@link GcRecipe#TUNING}) change nothing the oracle's ground
 * truth rests on: on every installed toolchain, a batch compiled with and without them prints the same
 * {@code -d=defer} lines, and every function of package main has the same instructions and relocations
 * ({@code go tool objdump} of the package's object, addresses left out). That go build's own steps build what
 * go build builds, outcomes included, is {@code OracleToolchainTest.theRecipeBuildsWhatGoBuildBuilds}.
 */
class GcTuningToolchainTest {
    static final int PROGRAMS = 100;

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> tuningChangesNoInstructionAndNoPlan() {
        List<GoToolchain> toolchains = GoToolchain.installed();
        Assumptions.assumeFalse(toolchains.isEmpty(),
                "skipped: no Go toolchain under /usr/lib/go-1.NN (.ci/install-go installs them)");
        Oracle.fastProcessLaunch();
        List<DynamicTest> tests = new ArrayList<>();
        for (GoToolchain go : toolchains) {
            tests.add(DynamicTest.dynamicTest("go" + go.version(), () -> compare(go)));
        }
        return tests;
    }

    private void compare(GoToolchain go) throws Exception {
        GcAdapter tuned = GcAdapter.of(go.goBinary(), null, work.resolve("probe" + go.minor()));
        assertEquals(GcRecipe.TUNING, tuned.recipe().tuning());
        GcAdapter plain = new GcAdapter(tuned.go(), tuned.fullVersion(), tuned.language(), tuned.languageSource(),
                tuned.recipe().withoutTuning());
        List<String> sources = sample(go.minor());
        Implementation.Built a = tuned.build(work.resolve("tuned" + go.minor()), sources);
        Implementation.Built b = plain.build(work.resolve("plain" + go.minor()), sources);
        assertEquals(b.plans(), a.plans(), "-d=defer lines of go" + go.version());
        assertTrue(b.plans().stream().anyMatch(p -> !p.isEmpty()), "the sample has defers");
        List<String> tunedCode = mainFunctions(go, a.dir());
        assertTrue(tunedCode.size() > 10 * PROGRAMS, "objdump listed " + tunedCode.size() + " lines");
        assertEquals("", firstDifference(mainFunctions(go, b.dir()), tunedCode),
                "instructions of package main, go" + go.version());
    }

    /** Where two listings first differ, with the function it is in; empty when they are the same. */
    private static String firstDifference(List<String> expected, List<String> actual) {
        String function = "";
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "(end)";
            String a = i < actual.size() ? actual.get(i) : "(end)";
            if (!e.equals(a)) {
                return "in " + function + ": without tuning '" + e + "', with it '" + a + "'";
            }
            function = e.startsWith("TEXT ") ? e : function;
        }
        return "";
    }

    private static List<String> sample(int seed) {
        ProgramSpace space = new ProgramSpace(Bound.SMALL);
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < PROGRAMS; i++) {
            sources.add(GoPrinter.print(space.program(rnd.nextLong(space.size()))));
        }
        return sources;
    }

    /**
     * Every function of package main in the batch's object: its TEXT line, then per instruction the source
     * position, the encoded bytes and the relocation, without the address (objects lay functions out apart).
     */
    private static List<String> mainFunctions(GoToolchain go, Path batch) throws Exception {
        GoToolchain.Run r = go.go(batch, 600, "tool", "objdump", batch.resolve("obj/_pkg_.a").toString());
        assertEquals(0, r.exit(), r.stderr());
        List<String> out = new ArrayList<>();
        boolean inMain = false;
        for (String line : r.stdout().split("\n")) {
            if (line.startsWith("TEXT ")) {
                inMain = line.startsWith("TEXT main.");
                out.add(inMain ? line.substring(0, line.indexOf('(')) : "");
            } else if (inMain && !line.isBlank()) {
                String[] f = line.strip().split("\t+");
                out.add(f[0] + " " + f[2] + (f.length > 4 ? " " + f[4] : ""));
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }
}
