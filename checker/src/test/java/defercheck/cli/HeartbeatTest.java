package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The progress line of long commands: rewritten in place while work runs, ended by one newline, off when asked. */
class HeartbeatTest {

    @Test
    void rewritesOneLineUntilClosed() throws InterruptedException {
        StringWriter text = new StringWriter();
        AtomicInteger done = new AtomicInteger();
        Heartbeat h = Heartbeat.start(true, new PrintWriter(text), () -> "models " + done.get() + " of 3", 20);
        Thread.sleep(150);
        done.set(3);
        h.close();
        String s = text.toString();
        assertTrue(s.startsWith("\rmodels 0 of 3, 0:00 elapsed"), s);
        assertTrue(s.endsWith("\rmodels 3 of 3, 0:00 elapsed   \n"), s);
        assertEquals(1, s.split("\n", -1).length - 1, "one line, rewritten: " + s);
        assertTrue(s.split("\r", -1).length > 3, "rewritten several times: " + s);
    }

    @Test
    void offPrintsNothing() {
        assertNull(Heartbeat.start(false, new PrintWriter(new StringWriter()), () -> "x", 20));
        Heartbeat.stop(null);
    }
}
