package defercheck.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TlcOutputParserTest {

    private static String msg(int code, int cls, String body) {
        return "@!@!@STARTMSG " + code + ":" + cls + " @!@!@\n" + body + "\n@!@!@ENDMSG " + code + " @!@!@\n";
    }

    private static final String STATS = msg(2199, 0, "86 states generated, 1,086 distinct states found, 28 states left on queue.")
            + msg(2194, 0, "The depth of the complete state graph search is 7.");

    @Test
    void success() {
        String out = msg(2262, 0, "TLC2 Version 2.18 of 20 March 2023")
                + "Parsing file /x/MCGoDefer.tla\n"
                + msg(2193, 0, "Model checking completed. No error has been found.")
                + msg(2199, 0, "49,040 states generated, 44,639 distinct states found, 0 states left on queue.")
                + msg(2194, 0, "The depth of the complete state graph search is 35.");
        TlcResult r = new TlcOutputParser().parse(out);
        assertEquals(TlcResult.Kind.SUCCESS, r.kind());
        assertEquals("success", r.describe());
        assertEquals(44639, r.distinctStates());
        assertEquals(49040, r.statesGenerated());
        assertEquals(35, r.depth());
        assertEquals(0, r.trace().size());
    }

    @Test
    void invariantWithTrace() {
        String out = msg(2110, 1, "Invariant AtMostOnce is violated.")
                + msg(2121, 1, "The behavior up to this point is:")
                + msg(2217, 4, "1: <Initial predicate>\n/\\ log = <<>>\n/\\ frames = << [ fn |-> 1,\n     pc |-> 1 ] >>\n")
                + msg(2217, 4, "2: <Defer line 76, col 5 to line 80, col 47 of module HeapDefer>\n/\\ log = <<<<\"start\", <<1, 1>>, 1>>>>\n/\\ frames = <<>>\n")
                + STATS;
        TlcResult r = new TlcOutputParser().parse(out);
        assertEquals("invariant AtMostOnce violated", r.describe());
        assertEquals(1086, r.distinctStates());
        assertEquals(7, r.depth());
        assertEquals(2, r.trace().size());
        assertNull(r.trace().get(0).action());
        assertEquals("<< [ fn |-> 1,\n     pc |-> 1 ] >>", r.trace().get(0).vars().get("frames"));
        assertEquals("Defer line 76, col 5 to line 80, col 47 of module HeapDefer", r.trace().get(1).action());
        assertEquals("<<<<\"start\", <<1, 1>>, 1>>>>", r.trace().get(1).vars().get("log"));
    }

    @Test
    void actionPropertyByLocationHasNoName() {
        String out = msg(2112, 1, "Action property line 212, col 17 to line 212, col 29 of module GoDefer is violated.")
                + STATS;
        TlcResult r = new TlcOutputParser().parse(out);
        assertEquals(TlcResult.Kind.PROPERTY_VIOLATED, r.kind());
        assertNull(r.violated());
        assertEquals("property violated", r.describe());
    }

    @Test
    void namedPropertyAndDeadlock() {
        assertEquals("property Refines violated",
                new TlcOutputParser().parse(msg(2112, 1, "Action property Refines is violated.") + STATS).describe());
        assertEquals("deadlock", new TlcOutputParser().parse(msg(2114, 1, "Deadlock reached.") + STATS).describe());
    }

    @Test
    void propertyViolatedByTheInitialStateIsAViolationNotAnError() {
        // TLC 2.18 prints EC.TLC_PROPERTY_VIOLATED_INITIAL (2108) for this; 2111 is an invariant that failed to
        // evaluate, which is an error.
        assertEquals("property ProgTypeOK violated", new TlcOutputParser()
                .parse(msg(2108, 1, "Property ProgTypeOK is violated by the initial state:\nx = 0")).describe());
        assertEquals(TlcResult.Kind.ERROR, new TlcOutputParser()
                .parse(msg(2111, 1, "The invariant Inv was not evaluated to a Boolean.")).kind());
    }

    @Test
    void parseErrorIsError() {
        TlcResult r = new TlcOutputParser().parse(msg(1000, 1, "Parsing or semantic analysis failed."));
        assertEquals(TlcResult.Kind.ERROR, r.kind());
        assertEquals(-1, r.distinctStates());
    }

    @Test
    void onlyTheFirstErrorCounts() {
        String out = msg(2110, 1, "Invariant A is violated.") + msg(2112, 1, "Action property B is violated.");
        assertEquals("invariant A violated", new TlcOutputParser().parse(out).describe());
    }

    @Test
    void coverageKeepsTheActionsAndWhatTheyEvaluatedNotInitNorTheInvariants() {
        String out = msg(2201, 0, "The coverage statistics at 2026-12-03 10:14:14")
                + msg(2773, 0, "<Init line 66, col 1 to line 66, col 4 of module GoDefer>: 17:17")
                + msg(2221, 0, "  line 67, col 17 to line 67, col 24 of module GoDefer: 1")
                + msg(2772, 0, "<Defer line 89, col 1 to line 89, col 5 of module GoDefer>: 25:30")
                + msg(2221, 0, "  |line 90, col 8 to line 90, col 20 of module GoDefer: 0")
                + msg(2775, 0, "  ||line 91, col 5 to line 92, col 48 of module Witnesses: 4:18")
                + msg(2772, 0, "<H!Leave line 24, col 1 to line 24, col 1 of module StackDefer>: 0:0")
                + msg(2774, 0, "<TypeOK line 64, col 1 to line 64, col 6 of module GoDefer>")
                + msg(2221, 0, "  line 65, col 5 to line 65, col 9 of module GoDefer: 216")
                + msg(2202, 0, "End of statistics.");
        TlcCoverage c = TlcCoverage.parse(new TlcOutputParser().messages(out));
        assertEquals(List.of(new TlcCoverage.Action("Defer", new SourceRange("GoDefer", 89, 1, 89, 5), 30),
                new TlcCoverage.Action("H!Leave", new SourceRange("StackDefer", 24, 1, 24, 1), 0)), c.actions());
        assertEquals(List.of(new TlcCoverage.Count(new SourceRange("GoDefer", 90, 8, 90, 20), 0),
                new TlcCoverage.Count(new SourceRange("Witnesses", 91, 5, 92, 48), 4)), c.counts());
        assertNull(TlcCoverage.parse(new TlcOutputParser().messages(STATS)));
    }
}
