package defercheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code trace show} and {@code trace diff} through the real command line, on every committed trace. */
class TraceCommandTest {
    private static final Path FIFO = TraceReplayTest.TRACES.resolve("mutants/tiny-go1.19-fifo-chain-163.trace.json");

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @TestFactory
    Stream<DynamicTest> showAndDiffWorkOnEveryTrace() throws IOException {
        return TraceReplayTest.committed().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Result show = run("trace", "show", f.toString(), "--color=never");
            assertEquals(0, show.code(), show.err());
            assertFalse(show.out().contains("\u001b["), "colour with --color=never");
            Trace t = TraceReader.read(f);
            Result diff = run("trace", "diff", f.toString(), "--color=never");
            assertEquals(t.divergence() == null ? 0 : 1, diff.code(), diff.err() + diff.out());
            if (t.divergence() != null) {
                assertTrue(diff.out().contains("<<< first divergence (observable #" + t.divergence().observableIndex() + ")"),
                        diff.out());
            }
        }));
    }

    /** --step N without --machine: the reference's step N, every other machine at the step aligned with it. */
    @Test
    void oneStepOfEveryMachineIsAlignedOnObservables() throws IOException {
        Path f = TraceReplayTest.TRACES.resolve("examples/named-results.trace.json");
        Trace t = TraceReader.read(f);
        TraceMachine ref = t.machines().get(0);
        int checked = 0;
        for (Step s : ref.steps()) {
            int before = (int) ref.steps().subList(0, s.index()).stream().filter(Step::observable).count();
            for (TraceMachine m : t.machines().subList(1, t.machines().size())) {
                int i = Alignment.alignedStep(ref, s.index(), m);
                if (s.observable()) {
                    assertEquals(m.stepOfObservable(before), i, m.name() + " at " + s);
                    checked++;
                } else {
                    assertFalse(m.steps().get(i).observable() && i == m.stepOfObservable(before),
                            "an internal step lines up before the segment's observable");
                }
            }
        }
        assertTrue(checked > 10, "observables checked: " + checked);
        Result r = run("trace", "show", f.toString(), "--step", "11", "--color=never");
        assertEquals(0, r.code(), r.err());
        Step twelve = ref.steps().get(11);
        assertTrue(twelve.observable(), "pick an observable step for the command line check");
        TraceMachine heap = t.machines().get(1);
        int aligned = Alignment.alignedStep(ref, 11, heap);
        assertTrue(aligned != 11, "a machine whose step 12 is a different event");
        assertTrue(r.out().contains("== " + heap.name() + ": step " + aligned + " of " + (heap.steps().size() - 1)
                + ", aligned with abstract step 11 on observable events\nstep " + aligned + " "), r.out());
    }

    @Test
    void showOneStepWithCaretAndColour() {
        Result r = run("trace", "show", FIFO.toString(), "--machine", "heap+fifo-chain", "--step", "13", "--color=always");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\u001b["), "no colour with --color=always");
        String plain = r.out().replaceAll("\u001b\\[[0-9;]*m", "");
        assertTrue(plain.contains("step 13 DeferredCallStarted run deferred main.main.func1() @4:2"), plain);
        assertTrue(plain.contains("<<< first divergence"), plain);
        assertTrue(plain.contains("   4 | " + "    defer func() {}()\n" + " ".repeat(7 + 4) + "^"), plain);
        assertTrue(plain.contains("g._defer: heap#2"), plain);
        assertFalse(plain.contains("step 12 "), "--step 13 printed step 12");
    }

    @Test
    void diffOfTwoFilesAndNamedMachines() {
        // A Go 1.19 trace: the gopanic-loop machines (heap, stack, open) stand for 1.12 to 1.21.
        Path nested = TraceReplayTest.TRACES.resolve("examples/mixed-open-and-chain-recovery-go1.19.trace.json");
        Result two = run("trace", "diff", FIFO.toString(), FIFO.toString(), "--color=never");
        assertEquals(0, two.code(), two.out());
        Result named = run("trace", "diff", nested.toString(), "--machines", "heap,open", "--color=never");
        assertEquals(0, named.code(), named.err());
        assertTrue(named.out().startsWith("heap "), named.out());
        assertTrue(named.out().contains("the two machines agree on every observable"));
        assertEquals(65, run("trace", "diff", nested.toString(), "--machines", "heap,nosuch").code());
    }

    @Test
    void diffShowsInternalStateWhereBothMachinesHaveTheNotion() {
        Result r = run("trace", "diff", FIFO.toString(), "--color=never");
        assertTrue(r.out().contains("state differs: frame 0: main.main pending [main.main.func1() @4:2]  |  "
                + "main.main pending [main.main.func2() @5:2]"), r.out());
    }

    @Test
    void exportWritesFilesAndRejectsUnknownFormats(@TempDir Path tmp) throws IOException {
        Path html = tmp.resolve("r.html");
        assertEquals(0, run("trace", "export", "--format", "html", FIFO.toString(), "--out", html.toString()).code());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
        assertEquals(64, run("trace", "export", "--format", "dot", FIFO.toString()).code());
        assertEquals(66, run("trace", "show", tmp.resolve("missing.json").toString()).code(), "missing input");
    }

    @Test
    void recordWritesATraceThatReplays(@TempDir Path tmp) throws IOException {
        Path go = tmp.resolve("p.go");
        Files.writeString(go, "package main\n\nfunc main() {\n\tdefer println(\"bye\")\n\tpanic(\"boom\")\n}\n");
        Path out = tmp.resolve("p.trace.json");
        Result r = run("trace", "record", go.toString(), "--go", "1.13", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Trace t = TraceReader.read(out);
        assertEquals("1.13", t.go());
        assertEquals(java.util.List.of(), Replay.differences(t));
    }
}
