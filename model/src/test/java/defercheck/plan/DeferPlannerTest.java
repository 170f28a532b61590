package defercheck.plan;

import static defercheck.plan.Allocation.HEAP;
import static defercheck.plan.Allocation.OPEN_CODED;
import static defercheck.plan.Allocation.STACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.ir.Program;
import defercheck.plan.Ir.Fn;
import defercheck.source.GoVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule and each version boundary, on hand-built IR mirroring the probes in plan-probes.md. */
class DeferPlannerTest {

    private static final GoVersion GO112 = new GoVersion(12);
    private static final GoVersion GO113 = new GoVersion(13);
    private static final GoVersion GO114 = new GoVersion(14);
    private static final GoVersion GO121 = new GoVersion(21);
    private static final GoVersion GO122 = new GoVersion(22);
    private static final GoVersion GO123 = new GoVersion(23);

    private static List<Allocation> allocations(Program p, GoVersion v) {
        return DeferPlanner.sites(p, v).stream().map(SitePlan::allocation).toList();
    }

    private static FunctionPlan only(Program p, GoVersion v) {
        List<FunctionPlan> plans = DeferPlanner.plan(p, v);
        assertEquals(1, plans.size());
        return plans.get(0);
    }

    @Test
    void oneDeferFollowsTheVersionStrategy() {
        Program p = Ir.program(Fn.top(0, "f").deferPrintln(4, 2, false).ret());
        assertEquals(List.of(HEAP), allocations(p, GO112));
        assertEquals(List.of(STACK), allocations(p, GO113));
        for (GoVersion v : List.of(GO114, GO121, GO122, GO123)) {
            assertEquals(List.of(OPEN_CODED), allocations(p, v), v.toString());
        }
    }

    @Test
    void loopDeferIsHeapAndDisablesOpenCodingForTheWholeFunction() {
        Program p = Ir.program(Fn.top(0, "g").deferPrintln(16, 3, true).deferPrintln(18, 4, false).implicitReturn());
        assertEquals(List.of(HEAP, HEAP), allocations(p, GO112));
        assertEquals(List.of(HEAP, STACK), allocations(p, GO113));
        assertEquals(List.of(HEAP, STACK), allocations(p, GO123));
        assertEquals("defer in loop", only(p, GO121).whyNot());
    }

    @Test
    void atMostEightDefers() {
        Fn eight = Fn.top(0, "eight");
        Fn nine = Fn.top(1, "nine");
        for (int k = 0; k < 9; k++) {
            if (k < 8) {
                eight.deferPrintln(10 + k, 2, false);
            }
            nine.deferPrintln(30 + k, 2, false);
        }
        Program p = Ir.program(eight.implicitReturn(), nine.implicitReturn());
        List<FunctionPlan> plans = DeferPlanner.plan(p, GO122);
        assertTrue(plans.get(0).openCoded());
        assertFalse(plans.get(1).openCoded());
        assertEquals("more than 8 defers", plans.get(1).whyNot());
        assertEquals(STACK, DeferPlanner.sites(p, GO122).get(8).allocation());
    }

    private static Program returns(int defers, int returns) {
        Fn f = Fn.top(0, "f").param(defercheck.ir.Type.INT);
        for (int k = 0; k < defers; k++) {
            f.deferPrintln(4 + k, 2, false);
        }
        for (int k = 0; k < returns; k++) {
            f.ifReturn(k);
        }
        return Ir.program(f.implicitReturn());
    }

    @Test
    void returnsTimesDefersAtMostFifteenAndFallingOffTheEndIsNotCounted() {
        assertTrue(only(returns(1, 15), GO119()).openCoded());
        assertEquals("returns × defers > 15", only(returns(1, 16), GO119()).whyNot());
        assertTrue(only(returns(2, 7), GO123).openCoded());
        assertFalse(only(returns(2, 8), GO123).openCoded());
        assertTrue(only(returns(8, 1), GO123).openCoded());
        assertFalse(only(returns(8, 2), GO123).openCoded());
        assertEquals(1, DeferPlanner.numReturns(returns(1, 1).function(0), new java.util.BitSet()));
    }

    private static GoVersion GO119() {
        return new GoVersion(19);
    }

    @Test
    void returnsOfClosuresCountForTheClosureOnly() {
        Fn inner = Fn.closure(1, "main.f.func1", 0).param(defercheck.ir.Type.INT);
        for (int k = 0; k < 5; k++) {
            inner.ifReturn(k);
        }
        Fn f = Fn.top(0, "f").param(defercheck.ir.Type.INT).deferPrintln(4, 2, false).deferPrintln(5, 2, false);
        for (int k = 0; k < 7; k++) {
            f.ifReturn(k);
        }
        f.makeClosure(1).emit(new defercheck.ir.Instr.LoadLocal(0, Ir.at(1, 1)))
                .emit(new defercheck.ir.Instr.Call(1, 0, Ir.at(1, 1)));
        Program p = Ir.program(f.implicitReturn(), inner.implicitReturn());
        assertTrue(only(p, GO123).openCoded());
    }

    /** 8 live defers, then return, then a 9th defer: walk counts it up to 1.21, the 1.22 writer drops it. */
    @Test
    void deadDeferAfterReturnCountsUpTo121ButIsNeverPrinted() {
        Fn f = Fn.top(0, "eightPlusDead");
        for (int k = 0; k < 8; k++) {
            f.deferPrintln(4 + k, 2, false);
        }
        f.ret().deferPrintln(13, 2, false).implicitReturn();
        Program p = Ir.program(f);
        assertEquals(8, DeferPlanner.sites(p, GO121).size());
        assertEquals(List.of(STACK), allocations(p, GO121).stream().distinct().toList());
        assertEquals("more than 8 defers", only(p, GO121).whyNot());
        assertEquals(List.of(OPEN_CODED), allocations(p, GO122).stream().distinct().toList());
        assertEquals(8, DeferPlanner.sites(p, GO122).size());
    }

    /** 2 defers, 7 live returns, panic, then a dead return: 2×8 up to 1.21, 2×7 from 1.22. */
    @Test
    void deadReturnAfterPanicCountsUpTo121() {
        Fn f = Fn.top(0, "deadReturns").param(defercheck.ir.Type.INT).deferPrintln(17, 2, false)
                .deferPrintln(18, 2, false);
        for (int k = 1; k <= 7; k++) {
            f.ifReturn(k);
        }
        f.panicConst().ret();
        Program p = Ir.program(f);
        assertEquals(List.of(STACK, STACK), allocations(p, GO121));
        assertEquals(List.of(OPEN_CODED, OPEN_CODED), allocations(p, GO122));
    }

    @Test
    void deferAfterPanicIsNotPrinted() {
        Program p = Ir.program(Fn.top(0, "afterPanic").deferPrintln(45, 2, false).panicConst()
                .deferPrintln(47, 2, false).implicitReturn());
        assertEquals(1, DeferPlanner.sites(p, GO119()).size());
        assertEquals(1, DeferPlanner.sites(p, GO123).size());
    }

    /** {@code for {}} is a backward jump; gc still emits and counts the defer after it. */
    @Test
    void deferAfterInfiniteLoopIsPrinted() {
        Fn f = Fn.top(0, "afterForever").deferPrintln(10, 2, false);
        int head = f.here();
        f.emit(new defercheck.ir.Instr.Jump(head, Ir.at(11, 2))).deferPrintln(13, 2, false).implicitReturn();
        Program p = Ir.program(f);
        for (GoVersion v : List.of(GO119(), GO121, GO122, GO123)) {
            assertEquals(List.of(OPEN_CODED, OPEN_CODED), allocations(p, v));
        }
    }

    /** {@code if false { defer println("e") }; defer println("f")}: only line 20 prints (probe p4). */
    @Test
    void constantFalseBodyIsRemoved() {
        Fn f = Fn.top(0, "ifFalse");
        f.emit(new defercheck.ir.Instr.PushConst(new defercheck.ir.Constant.BoolConst(false), Ir.at(17, 5)));
        f.emit(new defercheck.ir.Instr.JumpIfFalse(3, Ir.at(17, 2)));
        f.deferPrintln(18, 3, false).deferPrintln(20, 2, false).implicitReturn();
        Program p = Ir.program(f);
        for (GoVersion v : List.of(GO119(), GO121, GO122, GO123)) {
            List<SitePlan> sites = DeferPlanner.sites(p, v);
            assertEquals(1, sites.size());
            assertEquals(20, sites.get(0).span().line());
        }
    }
}
