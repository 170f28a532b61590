package defercheck.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.ir.Builtin;
import defercheck.ir.Capture;
import defercheck.ir.Instr;
import defercheck.ir.Program;
import defercheck.ir.Type;
import defercheck.plan.Ir.Fn;
import defercheck.source.GoVersion;
import defercheck.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ssagen refuses open-coding when a named result is not on the stack: captured by reference by a closure
 * that escapes. Shapes from the p3 probe in plan-probes.md (all four toolchains agree).
 */
class NamedResultEscapeTest {

    private static final GoVersion V = new GoVersion(23);

    /** {@code func f() (r int) { defer println(); <use of func(){ r++ }>; return 1 }}. */
    private static FunctionPlan planWith(java.util.function.Consumer<Fn> use, Fn... others) {
        Fn f = Fn.top(0, "f").namedResults(1, true);
        f.deferPrintln(8, 2, false);
        use.accept(f);
        f.push(1).emit(new Instr.StoreBoxed(0, Span.NONE)).ret();
        Fn clo = Fn.closure(1, "main.f.func1", 0).captures(1)
                .emit(new Instr.LoadCaptured(0, Span.NONE)).push(1)
                .emit(new Instr.Binary(defercheck.ir.BinaryOp.ADD, Type.INT, Span.NONE))
                .emit(new Instr.StoreCaptured(0, Span.NONE)).implicitReturn();
        Fn[] all = new Fn[2 + others.length];
        all[0] = f;
        all[1] = clo;
        System.arraycopy(others, 0, all, 2, others.length);
        Program p = Ir.program(all);
        return DeferPlanner.plan(p, V).get(0);
    }

    private static Fn makeR(Fn f) {
        return f.emit(new Instr.MakeClosure(1, List.of(new Capture.FromLocal(0)), Span.NONE));
    }

    @Test
    void storedInGlobalEscapes() {
        FunctionPlan fp = planWith(f -> makeR(f).emit(new Instr.StoreGlobal(0, Span.NONE)));
        assertEquals("named result escapes", fp.whyNot());
    }

    @Test
    void passedToFmtPrintlnEscapes() {
        FunctionPlan fp = planWith(f -> makeR(f).emit(new Instr.CallBuiltin(Builtin.FMT_PRINTLN, 1, 0, Span.NONE)));
        assertEquals("named result escapes", fp.whyNot());
    }

    @Test
    void returnedFromTheFunctionEscapes() {
        Fn f = Fn.top(0, "f").namedResults(2, true);
        f.deferPrintln(14, 2, false);
        makeR(f).emit(new Instr.StoreBoxed(1, Span.NONE)).ret();
        Fn clo = Fn.closure(1, "main.f.func1", 0).captures(1).implicitReturn();
        assertEquals("named result escapes", DeferPlanner.plan(Ir.program(f, clo), V).get(0).whyNot());
    }

    @Test
    void keptInALocalAndDeferredStaysOnStack() {
        FunctionPlan fp = planWith(f -> {
            int slot = f.local(new Type.Func(List.of(), List.of()), false);
            makeR(f).emit(new Instr.StoreLocal(slot, Span.NONE));
            f.emit(new Instr.LoadLocal(slot, Span.NONE)).emit(new Instr.Defer(0, 0, Span.NONE));
        });
        assertTrue(fp.openCoded(), fp.whyNot());
    }

    /** {@code keep(func(){ r++ })} where keep calls its parameter: stays on the stack. */
    @Test
    void passedToAFunctionThatOnlyCallsItStaysOnStack() {
        Fn keep = Fn.top(2, "keep").param(new Type.Func(List.of(), List.of()))
                .emit(new Instr.LoadLocal(0, Span.NONE)).emit(new Instr.Call(0, 0, Span.NONE)).implicitReturn();
        FunctionPlan fp = planWith(f -> {
            f.emit(new Instr.MakeClosure(2, List.of(), Span.NONE));
            makeR(f).emit(new Instr.Call(1, 0, Span.NONE));
        }, keep);
        assertTrue(fp.openCoded(), fp.whyNot());
    }

    /** {@code store(func(){ r++ })} where store puts its parameter in a global: escapes. */
    @Test
    void passedToAFunctionThatStoresItEscapes() {
        Fn store = Fn.top(2, "store").param(new Type.Func(List.of(), List.of()))
                .emit(new Instr.LoadLocal(0, Span.NONE)).emit(new Instr.StoreGlobal(0, Span.NONE)).implicitReturn();
        FunctionPlan fp = planWith(f -> {
            f.emit(new Instr.MakeClosure(2, List.of(), Span.NONE));
            makeR(f).emit(new Instr.Call(1, 0, Span.NONE));
        }, store);
        assertEquals("named result escapes", fp.whyNot());
    }

    /** {@code g = func(){ println(r) }; panic(1)}: never reassigned, so captured by value; stays open-coded. */
    @Test
    void readOnlyCaptureWithoutReturnIsByValue() {
        Fn f = Fn.top(0, "readOnlyPanics").namedResults(1, true).deferPrintln(12, 2, false);
        makeR(f).emit(new Instr.StoreGlobal(0, Span.NONE)).panicConst();
        Fn clo = Fn.closure(1, "main.readOnlyPanics.func1", 0).captures(1)
                .emit(new Instr.LoadCaptured(0, Span.NONE))
                .emit(new Instr.CallBuiltin(Builtin.PRINTLN, 1, 0, Span.NONE)).implicitReturn();
        assertTrue(DeferPlanner.plan(Ir.program(f, clo), V).get(0).openCoded());
    }

    @Test
    void escapingResultOnlyMattersFrom114() {
        FunctionPlan fp = planWith(f -> makeR(f).emit(new Instr.StoreGlobal(0, Span.NONE)));
        assertEquals("named result escapes", fp.whyNot());
        Fn f = Fn.top(0, "f").namedResults(1, true).deferPrintln(8, 2, false).ret();
        assertEquals(Allocation.STACK, DeferPlanner.sites(Ir.program(f), new GoVersion(13)).get(0).allocation());
    }
}
