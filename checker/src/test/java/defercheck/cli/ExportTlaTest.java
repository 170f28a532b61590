package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --export-tla}: writes the trace module and cfg for calculus programs, exit 65 for anything else. */
class ExportTlaTest {
    static final Path CALCULUS = Paths.get("../model/src/test/resources/programs/calculus");

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
    void refusesProgramsOutsideTheCalculus(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("p.go");
        Files.writeString(p, "package main\n\nfunc main() {\n\tx := 1\n\tprintln(x)\n}\n", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        assertEquals(65, cli(err, "run", "--strategy", "heap", "--export-tla", dir.resolve("T.tla").toString(), p.toString()));
        assertTrue(err.toString().contains("not in the core calculus"), err.toString());
        assertTrue(Files.notExists(dir.resolve("T.tla")));
    }
}
