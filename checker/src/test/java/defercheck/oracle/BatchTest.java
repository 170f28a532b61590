package defercheck.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.Guard;
import defercheck.coreprogram.ResultKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The batch format and the known-bug shapes, without a toolchain. */
class BatchTest {

    @Test
    void renamingPrefixesOnlyPackageLevelNamesAndKeepsEveryPosition() {
        String src = """
                package main

                import "fmt"

                var yes, no = true, false

                func main() {
                \tif yes {
                \t\tdefer f1()
                \t}
                \tfmt.Println(f2())
                }

                func f1() {}

                func f2() (r int) {
                \treturn
                }
                """;
        String out = Batch.rename(src, 12);
        assertEquals("""
                package main

                import "fmt"

                var c12_yes, c12_no = true, false

                func c12_main() {
                \tif c12_yes {
                \t\tdefer c12_f1()
                \t}
                \tfmt.Println(c12_f2())
                }

                func c12_f1() {}

                func c12_f2() (r int) {
                \treturn
                }
                """, out);
        String[] a = src.split("\n");
        String[] b = out.split("\n");
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i].indexOf("defer"), b[i].indexOf("defer"), "defer column on line " + (i + 1));
        }
    }

    @Test
    void renamingPrefixesTheTypesOfMethodDefers() {
        String src = "package main\n\ntype R int\n\nfunc (x R) show() { println(x) }\n\n"
                + "type I interface{ show() }\n\nfunc f1() (r R) {\n\tdefer r.show()\n\tdefer I(nil).show()\n"
                + "\treturn\n}\n";
        assertEquals("package main\n\ntype c3_R int\n\nfunc (x c3_R) show() { println(x) }\n\n"
                + "type c3_I interface{ show() }\n\nfunc c3_f1() (r c3_R) {\n\tdefer r.show()\n\tdefer c3_I(nil).show()\n"
                + "\treturn\n}\n", Batch.rename(src, 3));
    }

    @Test
    void theDispatcherReadsItsArgumentsFromTheEndOfTheCommandLine() {
        String d = Batch.dispatcher(4, 6);
        assertTrue(d.contains("var cases = [...]func(){c4_main, c5_main}"), d);
        assertTrue(d.contains("const base = 4"), d);
        assertTrue(d.contains("k := atoi(os.Args[n-2])"), d);
        assertTrue(d.contains("cases[k-base]()"), d);
        assertTrue(d.contains("if os.Args[n-1] == \"-\" {"), d);
    }

    @Test
    void oneFileBatchesMergeTheImportsAndKeepEveryCase(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String a = """
                package main

                import "fmt"

                func main() {
                \tfmt.Println(recover())
                }
                """;
        String b = """
                package main

                import (
                \t"os"
                \t"runtime"
                )

                func main() {
                \tdefer os.Exit(1)
                \truntime.Goexit()
                }
                """;
        String c = """
                package main

                func main() {
                \tprintln(1)
                }
                """;
        String file = java.nio.file.Files.readString(Batch.writeOneFile(dir, List.of(a, b, c)));
        assertTrue(file.startsWith("""
                package main

                import (
                \t"fmt"
                \t"os"
                \t"runtime"
                )
                """), file);
        assertEquals(1, file.split("\nimport ", -1).length - 1, "one import list: " + file);
        assertTrue(file.contains("func c0_main() {\n\tfmt.Println(recover())\n}"), file);
        assertTrue(file.contains("func c1_main() {\n\tdefer os.Exit(1)\n\truntime.Goexit()\n}"), file);
        assertTrue(file.contains("func c2_main() {\n\tprintln(1)\n}"), file);
        assertTrue(file.contains("var cases = [...]func(){c0_main, c1_main, c2_main}"), file);
        String part = java.nio.file.Files.readString(Batch.writeOneFile(dir, List.of(a, b, c), 1, 3, "part.go"));
        assertTrue(part.startsWith("""
                package main

                import (
                \t"os"
                \t"runtime"
                )
                """), part);
        assertTrue(part.contains("var cases = [...]func(){c1_main, c2_main}\n\nconst base = 1\n"), part);
    }

    @Test
    void framesSplitCasesAndMarkTheOneThatEndedTheProcess() {
        String s = "\u00013\u0001hello\n\u0002\u00014\u0001\u0002\u00015\u0001bye\n";
        Map<Integer, String[]> f = Frames.split(s);
        assertEquals(List.of(3, 4, 5), List.copyOf(f.keySet()));
        assertEquals("hello\n", f.get(3)[0]);
        assertEquals("returned", f.get(3)[1]);
        assertEquals("", f.get(4)[0]);
        assertEquals("bye\n", f.get(5)[0]);
        assertNull(f.get(5)[1]);
    }

    @Test
    void aDisagreementIsSavedWithBothSidesAndThePlanDiff(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        CoreProgram p = new CoreProgram(List.of(new CoreFunction(ResultKind.NONE,
                List.of(new CoreStmt.Defer(Guard.PLAIN, new Deferred.PrintlnCall(1)), new CoreStmt.Panic(1)))));
        CaseResult.Observed real = new CaseResult.Observed(2, "", "1\npanic: 1\n\n", "1\npanic: 1\n\ngoroutine 1",
                "prog.go:4:2: open-coded defer\n");
        CaseResult.Observed model = new CaseResult.Observed(0, "", "1\n", "1\n", "prog.go:4:2: stack-allocated defer\n");
        CaseResult r = new CaseResult(42, p, "package main\n", real, model, model, model,
                List.of("exit", "stderr", "plan"), List.of(), null, null);
        GcAdapter gc = new GcAdapter(new defercheck.toolchain.GoToolchain(23, dir), "go1.23.5",
                new defercheck.source.GoVersion(23), "test", null);
        java.nio.file.Path f = OracleTraces.write(dir, gc, "tiny", r);
        assertEquals("oracle-gc-go1.23.5-tiny-42.json", f.getFileName().toString());
        com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.toFile());
        assertEquals("defercheck.oracle/2", j.get("schema").asText());
        assertEquals("gc", j.get("impl").asText());
        assertEquals("go1.23", j.get("go").asText());
        assertEquals(2, j.get("real").get("exit").asInt());
        assertEquals(0, j.get("model").get("exit").asInt());
        assertEquals("package main\n", j.get("source").asText());
        assertEquals("- real  prog.go:4:2: open-coded defer", j.get("plan_diff").get(0).asText());
        assertEquals("+ model prog.go:4:2: stack-allocated defer", j.get("plan_diff").get(1).asText());
    }

    @Test
    void issue73916ShapeIsADeferredCallWhoseHelperRecovers() {
        CoreFunction main = new CoreFunction(ResultKind.NONE,
                List.of(new CoreStmt.Defer(Guard.PLAIN, new Deferred.Named(1)), new CoreStmt.Panic(1)));
        CoreFunction f1 = new CoreFunction(ResultKind.NONE, List.of(new CoreStmt.Call(2)));
        CoreFunction f2 = new CoreFunction(ResultKind.NONE, List.of(new CoreStmt.Recover()));
        CoreProgram shaped = new CoreProgram(List.of(main, f1, f2));
        CaseResult.Observed crashed = new CaseResult.Observed(2, "<nil>\n", "panic: 1\n\n", "", "");
        CaseResult.Observed recovered = new CaseResult.Observed(0, "1\n", "", "", "");
        assertTrue(KnownBugShapes.explain(shaped, 22, recovered, crashed).isPresent());
        assertEquals(73916, KnownBugShapes.explain(shaped, 23, recovered, crashed).get().issue());
        assertFalse(KnownBugShapes.explain(shaped, 19, recovered, crashed).isPresent(), "1.19 is not affected");
        assertFalse(KnownBugShapes.explain(shaped, 23, crashed, recovered).isPresent(), "not the bug's symptom");
        CoreFunction direct = new CoreFunction(ResultKind.NONE, List.of(new CoreStmt.Recover()));
        CoreProgram plain = new CoreProgram(List.of(main, direct));
        assertFalse(KnownBugShapes.explain(plain, 23, recovered, crashed).isPresent(),
                "a deferred function that recovers itself is right");
    }

    @Test
    void issue34530ShapeIsALoopDeferredRecoverInsideADeferredCall() {
        CoreStmt loopRecover = new CoreStmt.Defer(Guard.loop(1), new Deferred.RecoverCall());
        CoreFunction main = new CoreFunction(ResultKind.NONE, List.of(
                new CoreStmt.Defer(Guard.PLAIN, new Deferred.Closure(List.of(
                        new CoreStmt.Defer(Guard.PLAIN, new Deferred.PrintlnCall(1)), loopRecover))),
                new CoreStmt.Panic(2)));
        CoreProgram shaped = new CoreProgram(List.of(main));
        CaseResult.Observed crashed = new CaseResult.Observed(2, "", "1\npanic: 2\n\n", "", "");
        CaseResult.Observed recovered = new CaseResult.Observed(0, "", "1\n", "", "");
        assertEquals(34530, KnownBugShapes.explain(shaped, 22, crashed, recovered).get().issue());
        assertEquals(34530, KnownBugShapes.explain(shaped, 23, recovered, crashed).get().issue(), "either way");
        assertFalse(KnownBugShapes.explain(shaped, 21, crashed, recovered).isPresent(), "1.21 measured stable");
        assertFalse(KnownBugShapes.explain(shaped, 23, recovered, recovered).isPresent(), "no symptom");
        CoreFunction topLevel = new CoreFunction(ResultKind.NONE, List.of(loopRecover, new CoreStmt.Panic(2)));
        assertFalse(KnownBugShapes.explain(new CoreProgram(List.of(topLevel)), 23, crashed, recovered).isPresent(),
                "a loop defer recover() in the panicking function itself is not the shape");
        CoreFunction named = new CoreFunction(ResultKind.NONE, List.of(loopRecover));
        CoreFunction defersNamed = new CoreFunction(ResultKind.NONE,
                List.of(new CoreStmt.Defer(Guard.PLAIN, new Deferred.Named(1)), new CoreStmt.Panic(2)));
        assertTrue(KnownBugShapes.explain(new CoreProgram(List.of(defersNamed, named)), 23, crashed, recovered)
                .isPresent(), "a function deferred by name is a deferred call too");
    }

    @Test
    void issue73916ShapeIncludesAHelperThatDefersRecover() {
        CoreFunction main = new CoreFunction(ResultKind.NONE,
                List.of(new CoreStmt.Defer(Guard.PLAIN, new Deferred.Named(1)), new CoreStmt.Panic(1)));
        CoreFunction f1 = new CoreFunction(ResultKind.UNNAMED, List.of(new CoreStmt.Call(2), new CoreStmt.Return(0)));
        CoreFunction f2 = new CoreFunction(ResultKind.NONE,
                List.of(new CoreStmt.Defer(Guard.IF_TRUE, new Deferred.RecoverCall())));
        CoreProgram shaped = new CoreProgram(List.of(main, f1, f2));
        CaseResult.Observed crashed = new CaseResult.Observed(2, "", "panic: 1\n\n", "", "");
        CaseResult.Observed recovered = new CaseResult.Observed(0, "", "", "", "");
        assertEquals(73916, KnownBugShapes.explain(shaped, 22, recovered, crashed).get().issue());
        assertFalse(KnownBugShapes.explain(shaped, 21, recovered, crashed).isPresent(), "1.21 is not affected");
    }
}
