package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import defercheck.tlc.TlcResult;
import defercheck.tlc.TraceValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --export-tla}: a calculus program's trace module for the strategy's spec; any other program's run
 * read back as a straight-line GoDefer program (TLC checks both kinds); refusals and bad options.
 */
class ExportTlaTest {
    static final Path CALCULUS = Paths.get("../model/src/test/resources/programs/calculus");
    static final Path SPEC = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));

    int cli(StringWriter err, String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    void writesATraceModuleAndItsCfg(@TempDir Path dir) throws Exception {
        StringWriter err = new StringWriter();
        int code = cli(err, "run", "--strategy", "open", "--export-tla", dir.resolve("T.tla").toString(),
                CALCULUS.resolve("goexit_runs_loop_defers.go").toString());
        assertEquals(2, code, err.toString());
        String module = Files.readString(dir.resolve("T.tla"), StandardCharsets.UTF_8);
        assertTrue(module.contains("MODULE T ") && module.contains("EXTENDS OpenDefer"), module);
        assertTrue(module.contains("[kind |-> \"deadlock\", chain |-> <<>>]"), module);
        assertTrue(Files.readString(dir.resolve("T.cfg")).contains("Programs <- TracePrograms"));
    }

    @Test
    void anyOtherProgramIsItsRunReadBackAsAStraightLineProgramThatTlcChecks(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("p.go");
        Files.writeString(p, """
                package main

                import "fmt"

                func f() (s string) {
                \tdefer func() { s = fmt.Sprint("recovered: ", recover()) }()
                \tpanic("x")
                }

                func main() {
                \tfmt.Println(f())
                }
                """, StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        Path tla = dir.resolve("Good").resolve("Good.tla");
        Files.createDirectories(tla.getParent());
        assertEquals(0, cli(err, "run", "--go", "1.19", "--export-tla", tla.toString(), p.toString()), err.toString());
        assertTrue(err.toString().contains("expect TLC to pass"), err.toString());
        assertTrue(Files.readString(tla).contains("EXTENDS GoDefer"), Files.readString(tla));
        TlcResult good = TraceValidation.validate(tla, SPEC, 120).tlc();
        assertEquals(TlcResult.Kind.SUCCESS, good.kind(), good.describe() + " " + good.message());

        Path loop = dir.resolve("loop.go");
        Files.writeString(loop, """
                package main

                import "fmt"

                func main() {
                \tfor i := 0; i < 2; i++ {
                \t\tdefer fmt.Println("loop", i)
                \t}
                }
                """, StandardCharsets.UTF_8);
        err = new StringWriter();
        Path bad = dir.resolve("Bad").resolve("Bad.tla");
        Files.createDirectories(bad.getParent());
        assertEquals(0, cli(err, "run", "--go", "1.19", "--mutant", "fifo-chain", "--export-tla",
                bad.toString(), loop.toString()), err.toString());
        assertTrue(err.toString().contains("expect TLC to FAIL (invariant MatchesMachine violated)"), err.toString());
        assertEquals("invariant MatchesMachine violated", TraceValidation.validate(bad, SPEC, 120).tlc().describe());
    }

    @Test
    void aRunGoDeferCannotExpressIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("p.go");
        Files.writeString(p, """
                package main

                func f(n int) int {
                \treturn f(n+1) + 1
                }

                func main() {
                \tprintln(f(0))
                }
                """, StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        assertEquals(65, cli(err, "run", "--max-depth", "200", "--export-tla", dir.resolve("T.tla").toString(),
                p.toString()), err.toString());
        assertTrue(err.toString().contains("which GoDefer does not model"), err.toString());
        assertTrue(Files.notExists(dir.resolve("T.tla")));
    }

    @Test
    void exportNeedsOneMachineAndAWritablePlace(@TempDir Path dir) throws Exception {
        Path p = CALCULUS.resolve("goexit_runs_loop_defers.go");
        assertEquals(64, cli(new StringWriter(), "run", "--strategy", "all", "--export-tla",
                dir.resolve("T.tla").toString(), p.toString()));
        StringWriter err = new StringWriter();
        assertEquals(73, cli(err, "run", "--strategy", "panicloop", "--export-tla",
                dir.resolve("missing").resolve("T.tla").toString(), p.toString()), err.toString());
    }
}
