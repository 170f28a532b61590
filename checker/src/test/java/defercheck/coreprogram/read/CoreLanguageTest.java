package defercheck.coreprogram.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.Guard;
import defercheck.coreprogram.ResultKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The core language's rules beyond the record shape: every program the explorer enumerates keeps them, and each
 * way to break one (all of which GoPrinter prints without complaint) is refused with its reason.
 */
class CoreLanguageTest {

    @Test
    void everyExplorerProgramIsInTheCoreLanguage() {
        int n = CorePrograms.forEach(CoreLanguage::check);
        assertEquals(CorePrograms.COUNT, n, "programs checked");
    }

    @Test
    void recursionIsRefusedWithTheCycle() {
        refused("f1 calls itself (f1 -> f1)", program(fn(ResultKind.NONE, call(1)), fn(ResultKind.NONE, call(1))));
        refused("f1 calls itself (f1 -> f2 -> f1)", program(fn(ResultKind.NONE, call(1)),
                fn(ResultKind.NONE, call(2)), fn(ResultKind.NONE, new CoreStmt.Print(1), call(1))));
        refused("f1 calls itself (f1 -> f1)", program(fn(ResultKind.NONE, call(1)),
                fn(ResultKind.NONE, defer(new Deferred.Named(1)), new CoreStmt.Panic(1))));
        refused("f1 calls itself (f1 -> f1)", program(fn(ResultKind.NONE, call(1)),
                fn(ResultKind.NONE, defer(new Deferred.Closure(List.of(call(1)))))));
        refused("f2 calls itself (f2 -> f2)", program(fn(ResultKind.NONE, call(1)), fn(ResultKind.NAMED, call(2)),
                fn(ResultKind.UNNAMED, new CoreStmt.Print(1), call(2))));
    }

    @Test
    void callsBackwardWithoutACycleAreKept() {
        CoreLanguage.check(program(fn(ResultKind.NONE, call(2)), fn(ResultKind.NONE, new CoreStmt.Print(1)),
                fn(ResultKind.NONE, call(1), defer(new Deferred.Named(1)))));
    }

    @Test
    void callsNameAFunctionOfTheProgramOtherThanMain() {
        refused("main calls function 5, which is not one of the program's functions (it has only main)",
                program(fn(ResultKind.NONE, call(5))));
        refused("main calls main, which is not one of f1..f1", program(fn(ResultKind.NONE, call(0)),
                fn(ResultKind.NONE)));
        refused("f1 calls main", program(fn(ResultKind.NONE, call(1)), fn(ResultKind.NONE,
                defer(new Deferred.Named(0)))));
        refused("main's deferred closure calls function 2, which is not one of f1..f1",
                program(fn(ResultKind.NONE, call(1), defer(new Deferred.Closure(List.of(call(2))))),
                        fn(ResultKind.NONE)));
        refused("calls function -1", program(fn(ResultKind.NONE, call(-1))));
    }

    @Test
    void resultsOnlyWhereAFunctionHasOne() {
        refused("r = v in main, but main has no result", program(fn(ResultKind.NONE, new CoreStmt.SetResult(1))));
        refused("r = v in f1's deferred closure, but f1 has no result", program(fn(ResultKind.NONE, call(1)),
                fn(ResultKind.NONE, defer(new Deferred.Closure(List.of(new CoreStmt.SetResult(1)))))));
        refused("return v in main: only the top level", program(fn(ResultKind.NONE, new CoreStmt.Return(1))));
        refused("return v in f1's deferred closure", program(fn(ResultKind.NONE, call(1)),
                fn(ResultKind.NAMED, defer(new Deferred.Closure(List.of(new CoreStmt.Return(1)))))));
        CoreLanguage.check(program(fn(ResultKind.NONE, call(1)), fn(ResultKind.UNNAMED,
                defer(new Deferred.Closure(List.of(new CoreStmt.SetResult(2)))), new CoreStmt.Return(1))));
    }

    @Test
    void programsBeyondTheExplorersKnobsAreRefused() {
        refused("beyond the explorer's knobs: values must be between 1 and 7, got 8",
                program(fn(ResultKind.NONE, new CoreStmt.Print(8))));
        refused("beyond the explorer's knobs: values must be between 1 and 7, got 9",
                program(fn(ResultKind.NONE, defer(new Deferred.PanicCall(9)))));
        refused("beyond the explorer's knobs: trips must be between 0 and 7, got 8",
                program(fn(ResultKind.NONE, new CoreStmt.Defer(Guard.loop(8), new Deferred.RecoverCall()))));
        CoreStmt[] eight = new CoreStmt[8];
        java.util.Arrays.fill(eight, new CoreStmt.Print(1));
        refused("beyond the explorer's knobs: stmts must be between 1 and 7, got 8",
                program(fn(ResultKind.NONE, eight)));
        CoreStmt nested = defer(new Deferred.RecoverCall());
        for (int d = 0; d < 4; d++) {
            nested = defer(new Deferred.Closure(List.of(nested)));
        }
        refused("beyond the explorer's knobs: depth must be between 0 and 3, got 4",
                program(fn(ResultKind.NONE, nested)));
        CoreFunction[] fns = new CoreFunction[8];
        for (int f = 0; f < 8; f++) {
            fns[f] = f < 7 ? fn(ResultKind.NONE, call(f + 1)) : fn(ResultKind.NONE);
        }
        refused("beyond the explorer's knobs: functions must be between 0 and 6, got 7", program(fns));
    }

    private static void refused(String reason, CoreProgram p) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoreLanguage.check(p),
                () -> "accepted " + p);
        assertTrue(e.getMessage().contains(reason), () -> "reason '" + e.getMessage() + "' lacks '"
                + reason + "'");
    }

    static CoreProgram program(CoreFunction... fns) {
        return new CoreProgram(List.of(fns));
    }

    static CoreFunction fn(ResultKind result, CoreStmt... body) {
        return new CoreFunction(result, List.of(body));
    }

    static CoreStmt call(int f) {
        return new CoreStmt.Call(f);
    }

    static CoreStmt defer(Deferred what) {
        return new CoreStmt.Defer(Guard.PLAIN, what);
    }
}
