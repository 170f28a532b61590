package defercheck.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.explore.Bound;
import defercheck.toolchain.GoToolchain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oracle against every installed toolchain (issue 7): 500 random programs of the small bound each, no
 * unexplained disagreement. Skipped, with a message, where no toolchain is installed.
 */
class OracleToolchainTest {
    static final int PROGRAMS = 500;

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> modelAgreesWithEveryInstalledToolchain() {
        List<GoToolchain> toolchains = GoToolchain.installed();
        Assumptions.assumeFalse(toolchains.isEmpty(),
                "skipped: no Go toolchain under /usr/lib/go-1.NN (.ci/install-go installs them)");
        Oracle.fastProcessLaunch();
        List<DynamicTest> tests = new ArrayList<>();
        for (GoToolchain go : toolchains) {
            tests.add(DynamicTest.dynamicTest(PROGRAMS + " programs @ go" + go.version(), () -> {
                List<CaseResult> bad = new ArrayList<>();
                Oracle oracle = new Oracle(new Oracle.Config(GcAdapter.of(go.goBinary(), null, work), Bound.SMALL, PROGRAMS,
                        7, false, 250, 4, 30, false, false, work.resolve("go" + go.version())));
                Oracle.Summary s = oracle.run(r -> {
                    if (r.unexplained()) {
                        bad.add(r);
                    }
                });
                assertEquals(PROGRAMS, s.programs());
                assertEquals(List.of(), describe(bad), "unexplained disagreements with go" + go.version());
            }));
        }
        return tests;
    }

    /** Reusing a process for the cases that return must observe what one process per case observes. */
    @Test
    void reusedProcessesObserveWhatFreshOnesDo() throws Exception {
        List<GoToolchain> toolchains = GoToolchain.installed();
        Assumptions.assumeFalse(toolchains.isEmpty(),
                "skipped: no Go toolchain under /usr/lib/go-1.NN (.ci/install-go installs them)");
        Oracle.fastProcessLaunch();
        GoToolchain go = toolchains.get(toolchains.size() - 1);
        List<String> fresh = observe(go, true);
        List<String> reused = observe(go, false);
        assertEquals(fresh, reused);
    }

    /**
     * A batch built by go build's own compile and link steps ({@link GcRecipe}) gives the plans go build gives and
     * the same outcome for every case.
     */
    @Test
    void theRecipeBuildsWhatGoBuildBuilds() throws Exception {
        List<GoToolchain> toolchains = GoToolchain.installed();
        Assumptions.assumeFalse(toolchains.isEmpty(),
                "skipped: no Go toolchain under /usr/lib/go-1.NN (.ci/install-go installs them)");
        Oracle.fastProcessLaunch();
        for (GoToolchain go : List.of(toolchains.get(0), toolchains.get(toolchains.size() - 1))) {
            GcAdapter recipe = GcAdapter.of(go.goBinary(), null, work.resolve("r" + go.minor()));
            GcAdapter goBuild = new GcAdapter(recipe.go(), recipe.fullVersion(), recipe.language(),
                    recipe.languageSource(), null);
            assertEquals(observeWith(recipe, "recipe"), observeWith(goBuild, "gobuild"), "go" + go.version());
        }
    }

    private List<String> observeWith(GcAdapter gc, String tag) throws Exception {
        List<String> out = new ArrayList<>();
        new Oracle(new Oracle.Config(gc, Bound.SMALL, 120, 5, false, 120, 4, 30, false, false,
                work.resolve(tag + gc.go().minor()))).run(r -> out.add(r.rank() + " exit " + r.real().exit() + "\n"
                + r.real().stdout() + "\n--\n" + r.real().stderr() + "\n--\n" + r.real().plan()));
        return out;
    }

    private List<String> observe(GoToolchain go, boolean fresh) throws Exception {
        List<String> out = new ArrayList<>();
        new Oracle(new Oracle.Config(GcAdapter.of(go.goBinary(), null, work), Bound.SMALL, 150, 11, false, 150, 4, 30, fresh, false,
                work.resolve(fresh ? "fresh" : "reused"))).run(r -> out.add(r.rank() + " exit " + r.real().exit()
                + "\n" + r.real().stdout() + "\n--\n" + r.real().stderr() + "\n--\n" + r.real().plan()));
        return out;
    }

    private static List<String> describe(List<CaseResult> bad) {
        List<String> out = new ArrayList<>();
        for (CaseResult r : bad) {
            out.add("rank " + r.rank() + " differs on " + r.differs() + "\n" + r.source() + "real: exit " + r.real().exit()
                    + " stdout " + r.real().stdout() + " stderr " + r.real().stderr() + " plan " + r.real().plan()
                    + "\nmodel: exit " + r.model().exit() + " stdout " + r.model().stdout() + " stderr "
                    + r.model().stderr() + " plan " + r.model().plan());
        }
        return out;
    }
}
