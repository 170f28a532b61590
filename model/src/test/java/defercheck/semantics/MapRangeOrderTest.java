package defercheck.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Go leaves a map's iteration order unspecified and gc randomizes it, and an entry added during a range loop may
 * or may not be produced (Go spec "For statements with range clause"). A single run under the default chooser
 * would answer for one order among several, so it stops with a refusal at the range statement instead; the
 * exploration of every order is ScheduleExplorerTest's and RunCommandTest's. Ranges that cannot observe the
 * order run.
 */
class MapRangeOrderTest {

    private static Outcome run(String body) {
        return AbstractMachineTest.run("package main\n\nimport \"fmt\"\n\nfunc main() {\n" + body + "}\n", 23);
    }

    @Test
    void rangesOverNoEntryOrOneEntryRun() {
        Outcome o = run("""
                \tvar nilMap map[string]int
                \tfor k := range nilMap {
                \t\tfmt.Println("never", k)
                \t}
                \tone := map[string]int{"a": 1}
                \tfor k, v := range one {
                \t\tfmt.Println(k, v)
                \t\tdelete(one, k)
                \t}
                \tfmt.Println(len(one))
                """);
        assertEquals(Outcome.Kind.NORMAL_EXIT, o.kind(), o.stderr());
        assertEquals("a 1\n0\n", o.stdout());
    }

    @Test
    void aRangeOverTwoEntriesIsRefusedAtTheRangeStatement() {
        Outcome o = run("""
                \tm := map[int]string{1: "x", 2: "y"}
                \tfmt.Println("before")
                \tfor k := range m {
                \t\tfmt.Println(k)
                \t}
                """);
        assertEquals(Outcome.Kind.REFUSED, o.kind());
        assertEquals("before\n", o.stdout());
        assertEquals("prog.go:8:2: unsupported: range over a map of 2 entries (Go's iteration order is unspecified"
                + " and gc randomizes it: a single run does not pick one; 'defercheck run' explores them all)\n", o.stderr());
    }

    @Test
    void anEntryAddedDuringTheRangeIsRefusedAtItsEnd() {
        Outcome o = run("""
                \tm := map[int]int{1: 1}
                \tfor k := range m {
                \t\tm[k+1] = 0
                \t}
                \tfmt.Println(len(m))
                """);
        assertEquals(Outcome.Kind.REFUSED, o.kind());
        assertEquals("prog.go:7:2: unsupported: an entry added to a map while ranging over it (Go may or may not"
                + " produce it)\n", o.stderr());
    }

    @Test
    void anEntryAddedThenDeletedOrLeftByBreakIsNeverProduced() {
        Outcome o = run("""
                \tm := map[int]int{1: 1}
                \tfor k := range m {
                \t\tm[k+1] = 0
                \t\tdelete(m, k+1)
                \t}
                \tfor k := range m {
                \t\tm[k+1] = 0
                \t\tbreak
                \t}
                \tfmt.Println(len(m))
                """);
        assertEquals(Outcome.Kind.NORMAL_EXIT, o.kind(), o.stderr());
        assertEquals("2\n", o.stdout());
    }
}
