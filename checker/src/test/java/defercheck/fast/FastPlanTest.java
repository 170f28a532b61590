package defercheck.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreLowering;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.GoPrinter;
import defercheck.coreprogram.Guard;
import defercheck.coreprogram.ResultKind;
import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import defercheck.ir.Function;
import defercheck.ir.Program;
import defercheck.runtime.AllocationPlan;
import defercheck.runtime.CompilerPlan;
import defercheck.runtime.FramePlan;
import defercheck.runtime.SiteAllocation;
import defercheck.runtime.Strategy;
import defercheck.source.GoVersion;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FastPlan} decides as the reference does: for every function with defer sites, open-coded or not
 * and each site's allocation equal those of runtime/ForcedPlans and runtime/CompilerPlan (which asks
 * plan/DeferPlanner and its escape analysis), on the whole of small for Go 1.19 and 1.23, every 31st program
 * of small for the other versions, and samples of medium and large for every version.
 */
class FastPlanTest {

    @Test
    void plansEqualTheReferencePlanners() {
        long openCodedReal = 0;
        long notOpenCodedReal = 0;
        for (int minor = GoVersion.OLDEST; minor <= GoVersion.NEWEST; minor++) {
            GoVersion v = new GoVersion(minor);
            Checker c = new Checker(v);
            ProgramSpace small = new ProgramSpace(Bound.SMALL);
            long step = minor == 19 || minor == 23 ? 1 : 31;
            for (long r = 0; r < small.size(); r += step) {
                c.check(small.program(r));
            }
            for (Bound b : new Bound[] {Bound.MEDIUM, Bound.LARGE}) {
                ProgramSpace space = new ProgramSpace(b);
                SplittableRandom rnd = new SplittableRandom(minor);
                for (int i = 0; i < 2_000; i++) {
                    c.check(space.program(rnd.nextLong(space.size())));
                }
            }
            openCodedReal += c.openCodedReal;
            notOpenCodedReal += c.notOpenCodedReal;
        }
        assertEquals("426374 open-coded, 544141 not", openCodedReal + " open-coded, " + notOpenCodedReal + " not",
                "both outcomes of the real planner, exactly as often as on these programs before");
    }

    /** A named result escapes through a closure deferred in a loop inside a deferred closure. */
    @Test
    void escapingNamedResultIsNotOpenCoded() {
        CoreProgram p = new CoreProgram(java.util.List.of(
                new CoreFunction(ResultKind.NONE, java.util.List.of(new CoreStmt.Call(1))),
                new CoreFunction(ResultKind.NAMED, java.util.List.of(
                        new CoreStmt.Defer(Guard.PLAIN, new Deferred.Closure(
                                java.util.List.of(new CoreStmt.Defer(Guard.loop(1),
                                        new Deferred.Closure(java.util.List.of(
                                                new CoreStmt.SetResult(1)))))))))));
        Checker c = new Checker(new GoVersion(19));
        c.check(p);
        assertEquals(2, c.notOpenCodedReal, "f1 (its r escapes) and its outer closure (a loop defer) are not open-coded");
        assertEquals(0, c.openCodedReal);
    }

    private static final class Checker {
        final GoVersion version;
        final FastCode code = new FastCode();
        final FastCompiler compiler = new FastCompiler(code);
        final FastPlan[] fast;
        final AllocationPlan[] forced;
        long openCodedReal;
        long notOpenCodedReal;

        Checker(GoVersion version) {
            this.version = version;
            fast = new FastPlan[] {new FastPlan(FastPlan.Shape.HEAP, version), new FastPlan(FastPlan.Shape.STACK, version),
                new FastPlan(FastPlan.Shape.OPEN, version), new FastPlan(FastPlan.Shape.COMPILER, version)};
            forced = new AllocationPlan[] {Strategy.HEAP.forced().plan(), Strategy.STACK.forced().plan(),
                Strategy.OPEN.forced().plan()};
        }

        void check(CoreProgram p) {
            compiler.compile(p);
            Program ir = CoreLowering.lower(p, version, "");
            CompilerPlan real = new CompilerPlan(ir, version);
            for (FastPlan f : fast) {
                f.fill(code);
            }
            for (Function fn : ir.functions()) {
                if (fn.deferSites().isEmpty()) {
                    continue;
                }
                int id = code.byName(fn.name());
                assertTrue(id >= 0, fn.name());
                for (int k = 0; k < 4; k++) {
                    FramePlan want = k < 3 ? forced[k].plan(fn) : real.plan(fn);
                    String what = "Go " + version + ", " + fast[k].toString() + " plan of " + fn.name() + " in\n"
                            + GoPrinter.print(p);
                    assertEquals(want.openCoded(), fast[k].openCoded[id], what);
                    int[] got = fast[k].sitesOf(code, id);
                    assertEquals(want.sites().size(), got.length, what);
                    for (int s = 0; s < got.length; s++) {
                        assertEquals(want.site(s), allocation(got[s]), what + " site " + s);
                    }
                }
                if (real.plan(fn).openCoded()) {
                    openCodedReal++;
                } else {
                    notOpenCodedReal++;
                }
            }
        }

        private static SiteAllocation allocation(int a) {
            return a == FastPlan.OPEN_CODED ? SiteAllocation.OPEN_CODED : a == FastPlan.STACK ? SiteAllocation.STACK
                    : SiteAllocation.HEAP;
        }
    }
}
