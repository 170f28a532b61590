package defercheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.ir.Program;
import defercheck.runtime.Strategy;
import defercheck.source.GoVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a recorded step shows a learner: the crash text, where the program ended, and the variables. */
class RecorderTest {
    private static final GoVersion GO = GoVersion.parse("1.23");

    private static List<Step> steps(String src, boolean runtime) {
        Program p = Replay.compile(src, GO);
        return Recorder.steps(p, GO, runtime ? Strategy.real(p, GO) : null);
    }

    private static Step last(List<Step> steps) {
        return steps.get(steps.size() - 1);
    }

    @Test
    void theEndingStepHoldsTheCrashTextAndPointsAtThePanic() {
        String src = "package main\n\nfunc f() {\n\tpanic(\"boom\")\n}\n\nfunc main() {\n\tprintln(\"hi\")\n\tf()\n}\n";
        for (boolean runtime : new boolean[] {false, true}) {
            Step end = last(steps(src, runtime));
            assertEquals("Finished", end.kind());
            assertTrue(end.state().stderr().startsWith("hi\npanic: boom\n\ngoroutine 1 [running]:\n"),
                    end.state().stderr());
            assertEquals(List.of(4, 2), List.of(end.line(), end.col()), "the panic call, not a function header");
        }
    }

    @Test
    void aNormalEndPointsAtMainsReturnAndOsExitAtItsCall() {
        Step end = last(steps("package main\n\nfunc main() {\n\tdefer println(1)\n\tprintln(2)\n}\n", false));
        assertEquals(List.of(6, 1), List.of(end.line(), end.col()), "main's closing brace");
        assertEquals("2\n1\n", end.state().stderr());
        Step exit = last(steps("package main\n\nimport \"os\"\n\nfunc main() {\n\tos.Exit(3)\n}\n", true));
        assertEquals(List.of(6, 2), List.of(exit.line(), exit.col()));
    }

    @Test
    void framesShowTheirVariablesAndSharedOnesByNumber() {
        String src = "package main\n\nfunc f() (r int) {\n\tx := 1\n\tdefer func() { r += x }()\n\tx = 2\n"
                + "\treturn 40\n}\n\nfunc main() {\n\tprintln(f())\n}\n";
        List<Step> steps = steps(src, false);
        Step ret = steps.stream().filter(s -> s.event().startsWith("main.f.func1 returns")).findFirst().orElseThrow();
        assertEquals(List.of("r = 42 (var #1)", "x = 2 (var #2)"), ret.state().frames().get(0).vars());
        Step inClosure = steps.get(ret.index() - 1);
        assertEquals(List.of("r = 42 (var #1, captured)", "x = 2 (var #2, captured)"),
                inClosure.state().frames().get(0).vars());
        assertEquals(List.of(), ret.state().frames().get(1).vars(), "main has no variables");
    }

    @Test
    void aClosureInAClosureNamesTheVariableItCaptured() {
        String src = "package main\n\nfunc main() {\n\tx := 1\n\tf := func() {\n\t\tg := func() { x++ }\n\t\tg()\n\t}\n"
                + "\tf()\n\tprintln(x)\n}\n";
        Step inner = steps(src, false).stream().filter(s -> s.event().equals("main.main.func1.1 returns")).findFirst()
                .orElseThrow();
        Step before = steps(src, false).get(inner.index() - 1);
        assertEquals(List.of("x = 2 (var #1, captured)"), before.state().frames().get(0).vars());
        assertTrue(before.state().frames().get(2).vars().contains("x = 2 (var #1)"), before.state().frames().toString());
    }
}
