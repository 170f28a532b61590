package defercheck.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coverage gate fails on what a model does not reach and passes on what it does: real TLC coverage of a
 * small module (forked, as every TLC run) with an action never taken and CASE arms never taken, and synthetic
 * coverage for the allow-list rules.
 */
class CoverageGateTest {

    private static final String TINY = """
            ---- MODULE Tiny ----
            EXTENDS Naturals
            VARIABLE x
            Init == x = 0
            Up == x < 3 /\\ x' = IF x < 2 THEN x + 1 ELSE x + 10
            Down == CASE x = 5 -> x' = 0
                      [] x = 6 -> x' = 1
                      [] OTHER -> FALSE
            Next == Up \\/ Down
            ====
            """;

    @Test
    void aModelThatMissesAnActionAndBranchesFailsTheGateAndNamesThem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Tiny.tla"), TINY);
        Files.writeString(dir.resolve("Tiny.cfg"), "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n");
        TlcRunner runner = new TlcRunner(TlcRunner.locateTlatools(), dir, dir.resolve("meta"), 300);
        TlcRunner.Run run = runner.runKeepingOutput("Tiny", "Tiny.cfg", 1, true, -1);
        assertEquals(TlcResult.Kind.SUCCESS, run.result().kind(), run.output());
        TlcCoverage c = run.coverage();
        assertEquals(List.of("Up", "Down"), c.actions().stream().map(TlcCoverage.Action::name).toList());

        List<SpecBranches.Branch> branches = new SpecBranches(dir, dir.resolve("work")).of("Tiny");
        assertEquals(List.of("THEN of IF x < 2", "ELSE of IF x < 2", "CASE x = 5 ->", "CASE x = 6 ->",
                        "CASE OTHER ->"),
                branches.stream().map(SpecBranches.Branch::description).toList());

        CoverageGate.Report r = CoverageGate.check(
                List.of(new CoverageGate.SpecRuns("Tiny", List.of(c), branches)), List.of());
        assertFalse(r.passes());
        assertEquals(List.of("Tiny.tla:6:1: Tiny: no model takes action Down",
                        "Tiny.tla:6:23: Tiny: no model takes the CASE x = 5 ->",
                        "Tiny.tla:7:23: Tiny: no model takes the CASE x = 6 ->",
                        // TLC counts nothing for an OTHER arm, taken or not: the gate cannot tell.
                        "Tiny.tla:8:23: Tiny: TLC counts nothing inside the CASE OTHER ->, so no model is known to"
                                + " take it"),
                r.gaps().stream().map(CoverageGate.Gap::toString).toList());
    }

    private static final SourceRange IF = new SourceRange("M", 10, 5, 12, 30);
    private static final SourceRange THEN = new SourceRange("M", 11, 10, 11, 30);
    private static final SourceRange ELSE = new SourceRange("M", 12, 10, 12, 30);
    private static final List<SpecBranches.Branch> BRANCHES = List.of(
            new SpecBranches.Branch(IF, THEN, "THEN of IF c"), new SpecBranches.Branch(IF, ELSE, "ELSE of IF c"));

    private static CoverageGate.SpecRuns runs(TlcCoverage.Count... counts) {
        TlcCoverage c = new TlcCoverage(List.of(new TlcCoverage.Action("A", IF, 5)), List.of(counts));
        return new CoverageGate.SpecRuns("S", List.of(c), BRANCHES);
    }

    @Test
    void aBranchCountsWhenAnythingInsideItWasEvaluated() {
        // TLC lists a branch's conjuncts one by one, or the branch as one expression: either counts.
        CoverageGate.Report r = CoverageGate.check(List.of(runs(
                new TlcCoverage.Count(new SourceRange("M", 10, 8, 10, 9), 5),
                new TlcCoverage.Count(new SourceRange("M", 11, 12, 11, 20), 3),
                new TlcCoverage.Count(ELSE, 2))), List.of());
        assertTrue(r.passes(), r.gaps().toString());
    }

    @Test
    void anUnreachedBranchPassesOnlyWithAnAllowanceAndAnUnusedAllowanceFails() {
        CoverageGate.SpecRuns s = runs(new TlcCoverage.Count(new SourceRange("M", 10, 8, 10, 9), 5),
                new TlcCoverage.Count(THEN, 3), new TlcCoverage.Count(ELSE, 0));
        assertEquals(List.of("M.tla:12:10: S: no model takes the ELSE of IF c"),
                CoverageGate.check(List.of(s), List.of()).gaps().stream().map(CoverageGate.Gap::toString).toList());

        Manifest.Allowance why = new Manifest.Allowance("S", "M", "ELSE of IF c", "kept for Go 1.12");
        CoverageGate.Report allowed = CoverageGate.check(List.of(s), List.of(why));
        assertTrue(allowed.passes());
        assertEquals(why, allowed.allowed().get(0).allowance());

        Manifest.Allowance stale = new Manifest.Allowance("S", "M", "THEN of IF c", "no longer true");
        CoverageGate.Report r = CoverageGate.check(List.of(s), List.of(why, stale));
        assertEquals(1, r.gaps().size());
        assertTrue(r.gaps().get(0).what().contains("matches no unreached branch"), r.gaps().toString());
    }

    @Test
    void aBranchThatOnlyAppliesAnOperatorCountsByTheOperatorsBody() {
        // THEN Recovery: TLC counts Recovery's body where Recovery is defined, nothing at the reference.
        SourceRange body = new SourceRange("M", 30, 5, 40, 20);
        SpecBranches.Branch then = new SpecBranches.Branch(IF, THEN, "THEN of IF c", List.of(THEN, body));
        TlcCoverage c = new TlcCoverage(List.of(new TlcCoverage.Action("A", IF, 5)), List.of(
                new TlcCoverage.Count(new SourceRange("M", 10, 8, 10, 9), 5),
                new TlcCoverage.Count(new SourceRange("M", 31, 8, 31, 20), 2),
                new TlcCoverage.Count(ELSE, 3)));
        List<SpecBranches.Branch> both = List.of(then, BRANCHES.get(1));
        assertTrue(CoverageGate.check(List.of(new CoverageGate.SpecRuns("S", List.of(c), both)), List.of()).passes());
    }

    @Test
    void anIfNoActionEvaluatesIsNotTheGatesBusiness() {
        CoverageGate.Report r = CoverageGate.check(List.of(runs(
                new TlcCoverage.Count(new SourceRange("M", 1, 1, 1, 5), 5))), List.of());
        assertTrue(r.passes(), r.gaps().toString());
    }
}
