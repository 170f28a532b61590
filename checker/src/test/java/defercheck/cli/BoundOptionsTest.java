package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The statement-form switches reach the explorer from the command line and name the bound they make. */
class BoundOptionsTest {
    @Test
    void switchesNarrowTheNamedBound() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"explore", "--bound", "tiny", "--builtin-defers", "false", "--prints",
            "false", "--results", "false", "--threads", "1"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        Bound narrow = new Bound("x", 1, 2, 1, 1, 1, 3, false, true, false, false, false).renamed();
        long programs = new ProgramSpace(narrow).size();
        assertTrue(programs < new ProgramSpace(Bound.TINY).size());
        assertTrue(out.toString().contains("exploring f1s2d1l1v1n3-noconds-nobuiltins-noprints-noresults (functions 1,"
                + " stmts 2, depth 1, trips 1, values 1, size 3, exits, no builtin defers, no prints, no results): "
                + programs + " programs"), out.toString());
    }
}
