package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code defercheck claims}: every claim of docs/semantics.md is decided by a witness whose output shows it. */
class ClaimsCommandTest {

    @Test
    void everyClaimHasAWitnessThatShowsTheVerdict() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"claims", "--progress=always"}, new PrintWriter(out), new PrintWriter(err));
        String text = out.toString();
        assertEquals(0, code);
        // The search for each claim's witness reports on stderr, one rewritten line per claim.
        for (int c = 1; c <= 5; c++) {
            assertTrue(err.toString().contains("\rclaim " + c + " of 5: searching for a witness, "), err.toString());
        }
        assertEquals(5, err.toString().split("\n", -1).length - 1, err.toString());
        assertTrue(text.contains("claim 1: ") && text.contains("  REFUTED: stack records are Go 1.13"), text);
        assertTrue(text.contains("plan: go1.12 heap-allocated | go1.13 stack-allocated | go1.14 open-coded"), text);
        assertTrue(text.contains("  IMPRECISE: loop defers are heap records in every version"), text);
        // Claim 3: a later deferred println still prints after the deferred panic.
        assertTrue(text.contains("\tdefer println(1)\n    | \tdefer panic(1)\n"), text);
        // Claim 4: two different values, oldest first.
        assertTrue(text.contains("stderr \"panic: 2\\n\\tpanic: 1\\n\\n\""), text);
        // Claim 5: an unnamed result keeps the value its return assigned, though a defer panicked.
        assertTrue(text.contains("func f1() int {") && text.contains("stdout \"1\\n\", stderr \"2\\n\""), text);
        assertTrue(!text.contains("UNDECIDED"), text);
    }
}
