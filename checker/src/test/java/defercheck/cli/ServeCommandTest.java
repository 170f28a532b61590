package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** {@code serve}: loopback is quiet, any other bind warns; impossible limits are usage errors. */
class ServeCommandTest {
    @Test
    void onlyANonLoopbackBindWarns() throws Exception {
        assertNull(ServeCommand.warning(InetAddress.getByName("127.0.0.1")));
        assertNull(ServeCommand.warning(InetAddress.getByName("::1")));
        String w = ServeCommand.warning(InetAddress.getByName("0.0.0.0"));
        assertTrue(w.startsWith("defercheck: warning: serving on 0.0.0.0, not loopback"), w);
    }

    @Test
    void badLimitsAreUsageErrors() {
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"serve", "--workers", "0"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(64, code, err.toString());
    }
}
