package defercheck.straightline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import defercheck.runtime.MachineConfig;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link StraightLine} makes of a run: the statements each frame gets, the log, and what it refuses. */
class StraightLineTest {
    private static final GoVersion GO = GoVersion.parse("1.23");

    private static Program compile(String source) {
        return compile(source, GO);
    }

    private static Program compile(String source, GoVersion v) {
        Compilation c = Frontend.compile(new SourceFile("prog.go", source), v);
        assertTrue(c.ok(), c.diagnostics().toString());
        return c.program();
    }

    private static StraightLineExport.Reading read(String source) throws StraightLineExport.Refused {
        return StraightLineExport.read(compile(source), GO, null, false);
    }

    @Test
    void aDeferredClosureWritesItsFunctionsNamedResultAndTheCallerSeesIt() throws Exception {
        StraightLineExport.Reading r = read("""
                package main

                func named() (r int) {
                \tdefer func() { r *= 10 }()
                \treturn 5
                }

                func main() {
                \tprintln(named())
                }
                """);
        // 1 entry, 2 main.main, 3 main.named, 4 its deferred closure (written in named: a closure, after funcs).
        assertEquals(List.of("the goroutine's entry", "main.main", "main.named", "main.named.func1"),
                r.bodies().stream().map(b -> b.name().replaceFirst(" \\(runtime.main.*", "")).toList());
        String p = r.program();
        assertTrue(p.contains("<<Mk(\"xdefer\", 4, 0, 1), Mk(\"retval\", 0, 1, 0)>>"), p);
        assertTrue(p.contains("<<Mk(\"setres\", 0, 2, 0), Mk(\"return\", 0, 0, 0)>>"), p);
        assertTrue(p.contains("funcs |-> 3"), p);
        assertTrue(p.contains("named |-> <<FALSE, FALSE, TRUE, FALSE>>"), p);
        assertEquals("[log |-> <<<<\"start\", <<3, 1>>>>, <<\"ret\", 3, 2>>, <<\"print\", 3>>>>, outcome |-> [kind"
                + " |-> \"exit\", chain |-> <<>>]]", r.expected());
        assertEquals(List.of("1 = results 5", "2 = results 50", "3 = stderr \"50\\n\""), r.run().values().table());
    }

    @Test
    void recoverInItsOwnFrameIsTheWrapperAndItsResultIsNotLogged() throws Exception {
        StraightLineExport.Reading r = read("""
                package main

                func f() {
                \tdefer recover()
                \tpanic("x")
                }

                func main() {
                \tdefer func() { println(recover() != nil) }()
                \tf()
                }
                """);
        assertTrue(r.program().contains("<<Mk(\"wrecover\", 0, 0, 0)>>"), r.program());
        assertTrue(r.expected().contains("<<\"recover\", 1>>"), "main's closure recovers \"x\": " + r.expected());
    }

    @Test
    void goexitAndOsExitAreStatementsAndOsExitIsLogged() throws Exception {
        StraightLineExport.Reading r = read("""
                package main

                import (
                \t"os"
                \t"runtime"
                )

                func main() {
                \tdefer os.Exit(3)
                \truntime.Goexit()
                }
                """);
        assertTrue(r.program().contains("Mk(\"goexit\", 0, 0, 0)"), r.program());
        assertTrue(r.program().contains("Mk(\"exit\", 0, 3, 0)"), r.program());
        assertTrue(r.expected().endsWith("<<\"exit\", 3>>>>, outcome |-> [kind |-> \"osexit\", chain |-> <<>>]]"),
                r.expected());
    }

    @Test
    void aCrashListsItsPanicsOldestFirstWithRecoveredMarks() throws Exception {
        StraightLineExport.Reading r = read("""
                package main

                func main() {
                \tdefer func() {
                \t\trecover()
                \t\tpanic("second")
                \t}()
                \tpanic("first")
                }
                """);
        assertTrue(r.expected().endsWith("outcome |-> [kind |-> \"crash\", chain |-> <<[val |-> 1, recovered |->"
                + " TRUE], [val |-> 2, recovered |-> FALSE]>>]]"), r.expected());
    }

    @Test
    void aClosureCalledInsideADeferredClosureWritesTheFunctionsResultThroughItsCaller() throws Exception {
        StraightLineExport.Reading r = read("""
                package main

                func f() (s string) {
                \tdefer func() {
                \t\tset := func() { s = "set" }
                \t\tset()
                \t}()
                \treturn "base"
                }

                func main() {
                \tprintln(f())
                }
                """);
        // f.func1 (deferred) and f.func1.1 (called by it) are GoDefer closures: bodies after the 3 functions.
        assertTrue(r.program().contains("funcs |-> 3"), r.program());
        assertTrue(r.program().contains("<<Mk(\"call\", 5, 0, 0), Mk(\"return\", 0, 0, 0)>>"), r.program());
        assertTrue(r.program().contains("<<Mk(\"setres\", 0, 2, 0), Mk(\"return\", 0, 0, 0)>>"), r.program());
        assertTrue(r.expected().contains("<<\"ret\", 3, 2>>"), r.expected());
    }

    @Test
    void aNamedResultWrittenByAClosureAnotherFunctionCallsIsRefusedWithTheReason() {
        StraightLineExport.Refused e = assertThrows(StraightLineExport.Refused.class, () -> read("""
                package main

                func apply(g func()) {
                \tg()
                }

                func f() (s string) {
                \tdefer func() { apply(func() { s = "set" }) }()
                \treturn "base"
                }

                func main() {
                \tprintln(f())
                }
                """));
        assertEquals("main.f.func1.1 writes the named result of main.f, which GoDefer's closures reach only through"
                + " the calls that deferred or called them", e.getMessage());
    }

    @Test
    void aStackOverflowIsRefusedUnlessTheMachineIsKnownToDiverge() throws Exception {
        String source = """
                package main

                func f(n int) int {
                \treturn f(n+1) + 1
                }

                func main() {
                \tprintln(f(0))
                }
                """;
        Program p = compile(source);
        StraightLineExport.Refused e = assertThrows(StraightLineExport.Refused.class,
                () -> StraightLineExport.read(p, GO, null, false));
        assertTrue(e.getMessage().contains("which GoDefer does not model")
                || e.getMessage().contains("statements, more than"), e.getMessage());
    }

    @Test
    void aRunTooLongForOneTlcCheckIsRefusedWithoutReadingItAll() {
        StraightLineExport.Refused e = assertThrows(StraightLineExport.Refused.class, () -> read("""
                package main

                func main() {
                \tfor i := 0; i < 100000; i++ {
                \t\tprintln(i)
                \t}
                }
                """));
        assertEquals("the run has more than 5000 statements, more than one TLC check is meant for", e.getMessage());
    }

    @Test
    void everyMachineOfTheVersionReadsBackTheSameStatements() throws Exception {
        String source = """
                package main

                import "fmt"

                func main() {
                \tfor i := 0; i < 2; i++ {
                \t\tdefer fmt.Println("loop", i)
                \t}
                \tdefer func() { fmt.Println(recover()) }()
                \tpanic("boom")
                }
                """;
        GoVersion v = GoVersion.parse("1.19");
        Program p = compile(source, v);
        StraightLineExport.Reading ref = StraightLineExport.read(p, v, null, false);
        List<MachineConfig> machines = new MachineSuite(v, null).machines(p);
        assertEquals(4, machines.size(), "heap, stack, open and the real combination");
        for (MachineConfig c : machines) {
            StraightLineExport.Reading m = StraightLineExport.read(p, v, c, false);
            assertEquals(ref.program(), m.program(), c.name());
            assertEquals(ref.expected(), m.expected(), c.name());
        }
    }
}
