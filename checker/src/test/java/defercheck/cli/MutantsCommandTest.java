package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.runtime.Mutants;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code mutants}: every mutant listed, and every mark the table uses explained under it. */
class MutantsCommandTest {
    @Test
    void everyMarkIsExplained() {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"mutants"}, new PrintWriter(out), new PrintWriter(new StringWriter())));
        String text = out.toString();
        Mutants.ALL.forEach(m -> assertTrue(text.contains(m.id() + " "), m.id()));
        assertTrue(text.contains("[U]") && text.contains("\n[U]: reconstructed."), text);
        assertTrue(text.contains("\nISSUE: the golang/go issue"), text);
    }
}
