package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trace export --format tla} prints a TLC command line that works as printed: run by a shell from another
 * folder, plain TLC finds GoDefer, checks the module and leaves no {@code states/} folder behind.
 */
class TlcByHandTest {
    @TempDir
    Path dir;

    @Test
    void thePrintedCommandRunsTlc() throws Exception {
        Path tla = dir.resolve("out dir").resolve("NamedResults.tla");
        StringWriter out = new StringWriter();
        int code = Main.execute(new String[] {"trace", "export", "--format", "tla", "--spec-dir", "../spec", "--out",
                tla.toString(), "../traces/examples/named-results.trace.json"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertEquals(0, code, out.toString());
        String line = out.toString().lines().filter(l -> l.startsWith("run TLC on it: ")).findFirst()
                .orElseThrow(() -> new AssertionError(out.toString())).substring("run TLC on it: ".length());
        Path log = dir.resolve("tlc.log");
        Process p = new ProcessBuilder("bash", "-c", line).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "TLC took over 5 minutes");
        String text = Files.readString(log);
        assertEquals(0, p.exitValue(), text);
        assertTrue(text.contains("Model checking completed. No error has been found."), text);
        assertFalse(Files.exists(tla.getParent().resolve("states")), "TLC left states/ beside the module");
    }
}
