package defercheck.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first Java-TLA+ link at the tiny calculus bound: same programs, same counts, GoDefer ends with Java's outcomes. */
class CrossCheckTest {

    @Test
    void javaAndTlcAgreeOnTheTinyBound(@TempDir Path work) throws Exception {
        Path specDir = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));
        StringWriter text = new StringWriter();
        CrossCheck.Report r = new CrossCheck(specDir, work, 300).run(CalculusBound.TINY, 1, new PrintWriter(text));
        assertEquals(TlcResult.Kind.SUCCESS, r.tlc().kind(), text + "\n" + r.tlc().message());
        assertEquals(r.javaCount(), r.tlcCount(), "program counts");
        assertTrue(r.ok());
    }

    @Test
    void theJavaSpaceHasNoDuplicates() {
        List<CalculusProgram> ps = new CalculusSpace(CalculusBound.TINY).programs();
        assertEquals(ps.size(), new HashSet<>(ps).size());
    }

    @Test
    void boundsReadFromAnMcCfg() {
        CalculusBound b = CalculusBound.fromCfg("MCGoDefer", "CONSTANTS\n    NumFuncs = 3\n    BodyLen = 2\n"
                + "    Values = {1, 2}\n    LoopTrips = {2}\n    Ops = {\"defer\", \"call\"}\nINIT Init\n");
        assertEquals(3, b.numFuncs());
        assertEquals(List.of(1, 2), b.values());
        assertEquals(List.of("defer", "call"), b.ops());
    }
}
