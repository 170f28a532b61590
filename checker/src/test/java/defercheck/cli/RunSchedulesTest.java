package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --schedules all}, {@code --schedule CHOICES}, {@code --max-schedules} and the default run's map orders. */
class RunSchedulesTest {
    private static final Pattern EXAMPLE = Pattern.compile("e\\.g\\. --schedule (\\S+);");

    @TempDir
    Path dir;

    record Result(int code, String out, String err) { }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    Path file(String text) throws IOException {
        Path p = dir.resolve("p.go");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static final String PRINTERS = """
            package main

            import "fmt"

            func main() {
            \tdone := make(chan bool)
            \tgo func() {
            \t\tfmt.Println("a")
            \t\tdone <- true
            \t}()
            \tgo func() {
            \t\tfmt.Println("b")
            \t\tdone <- true
            \t}()
            \t<-done
            \t<-done
            }
            """;

    @Test
    void bothOrdersOfTwoUnsynchronisedPrintsAreListedAndEachExampleReplays() throws IOException {
        Path p = file(PRINTERS);
        Result r = cli("run", "--schedules", "all", p.toString());
        assertEquals(ExitCodes.SCHEDULE_DEPENDENT, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("--- stdout\na\nb\n--- stderr\n"), r.out());
        assertTrue(r.out().contains("--- stdout\nb\na\n--- stderr\n"), r.out());
        assertTrue(r.out().contains(", all there are; 2 distinct outcomes"), r.out());
        List<String> examples = examples(r.out());
        assertEquals(2, examples.size());
        assertEquals("a\nb\n", cli("run", "--schedule", examples.get(0), p.toString()).out());
        assertEquals("b\na\n", cli("run", "--schedule", examples.get(1), p.toString()).out());
        assertEquals("a\nb\n", cli("run", p.toString()).out(), "the default run is the first schedule");
    }

    @Test
    void aDeadlockOnlySomeSchedulesReachIsAnOutcomeOfItsOwn() throws IOException {
        Path p = file("""
                package main

                import (
                \t"fmt"
                \t"sync"
                )

                func main() {
                \tvar a, b sync.Mutex
                \tdone := make(chan bool)
                \tgo func() {
                \t\ta.Lock()
                \t\tb.Lock()
                \t\tb.Unlock()
                \t\ta.Unlock()
                \t\tdone <- true
                \t}()
                \tb.Lock()
                \ta.Lock()
                \ta.Unlock()
                \tb.Unlock()
                \t<-done
                \tfmt.Println("no deadlock")
                }
                """);
        Result plain = cli("run", p.toString());
        assertEquals(0, plain.code());
        Result r = cli("run", "--schedules", "all", p.toString());
        assertEquals(ExitCodes.SCHEDULE_DEPENDENT, r.code());
        assertTrue(r.out().contains("exit 2 (all goroutines are asleep)\n--- stdout\n--- stderr\n"
                + "fatal error: all goroutines are asleep - deadlock!\n"), r.out());
        String deadlock = examples(r.out()).get(1);
        Result again = cli("run", "--schedule", deadlock, p.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().startsWith("fatal error: all goroutines are asleep - deadlock!"), again.err());
    }

    @Test
    void aProgramWithOneOutcomeAnswersOnceWithTheSummaryOnStderr() throws IOException {
        Path p = file("""
                package main

                func main() {
                \tc := make(chan int)
                \tgo func() { c <- 42 }()
                \tprintln(<-c)
                }
                """);
        Result r = cli("run", "--schedules", "all", p.toString());
        assertEquals(0, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("42\n== "), r.err());
        assertTrue(r.err().contains(", all there are; 1 outcome; exit code 0 is the program's"), r.err());
    }

    @Test
    void theDefaultRunAnswersOnceWhenEveryMapOrderAgrees() throws IOException {
        Path p = file("""
                package main

                import "fmt"

                func main() {
                \tm := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
                \tsum := 0
                \tfor _, v := range m {
                \t\tsum += v
                \t}
                \tfmt.Println(sum)
                }
                """);
        Result r = cli("run", p.toString());
        assertEquals(new Result(0, "10\n", ""), r);
        Result cut = cli("run", "--max-schedules", "5", p.toString());
        assertEquals(ExitCodes.DATAERR, cut.code());
        assertEquals(p + ":8:2: unsupported: range over a map of 4 entries: its orders (each range's, Go's order"
                + " being unspecified) were not all run within --max-schedules 5, and those not run might give"
                + " another outcome\n", cut.err());
    }

    @Test
    void theDefaultRunListsTheOutcomesWhenTheMapOrderShows() throws IOException {
        Path p = file("""
                package main

                import "fmt"

                func main() {
                \tfor k := range map[int]bool{1: true, 2: true} {
                \t\tfmt.Print(k)
                \t}
                \tfmt.Println()
                }
                """);
        Result r = cli("run", p.toString());
        assertEquals(ExitCodes.SCHEDULE_DEPENDENT, r.code());
        assertEquals("""
                == outcome 1 of 2: 1 of 2 schedules, e.g. --schedule -; exit 0 (main returned)
                --- stdout
                12
                --- stderr
                == outcome 2 of 2: 1 of 2 schedules, e.g. --schedule m1; exit 0 (main returned)
                --- stdout
                21
                --- stderr
                == 2 schedules explored, all there are; 2 distinct outcomes; the outcome depends on choices Go \
                leaves open (exit code 71)
                """, r.out());
        assertEquals("21\n", cli("run", "--schedule", "m1", p.toString()).out());
    }

    @Test
    void theBoundSaysItCutTheSearchShort() throws IOException {
        Result r = cli("run", "--schedules", "all", "--max-schedules", "1", file(PRINTERS).toString());
        assertEquals(0, r.code());
        assertTrue(r.err().contains("1 schedule explored, INCOMPLETE: the bound of 1 (--max-schedules) cut the"
                + " search short; 1 outcome"), r.err());
    }

    @Test
    void misusedOptionsAreUsageErrors() throws IOException {
        Path p = file(PRINTERS);
        assertEquals(64, cli("run", "--schedules", "some", p.toString()).code());
        assertEquals(64, cli("run", "--schedules", "all", "--trace", p.toString()).code());
        assertEquals(64, cli("run", "--schedules", "all", "--strategy", "all", p.toString()).code());
        assertEquals(64, cli("run", "--max-schedules", "0", p.toString()).code());
        Result bad = cli("run", "--schedule", "g9", p.toString());
        assertEquals(64, bad.code());
        assertTrue(bad.err().startsWith("--schedule g9: choice 1 (g9) does not fit the run"), bad.err());
        assertEquals(64, cli("run", "--schedule", "x1", p.toString()).code());
    }

    @Test
    void traceRecordKeepsTheScheduleOfAnOutcomeAndItsReplayFollowsIt() throws IOException {
        Path p = file(PRINTERS);
        Path out = dir.resolve("t.trace.json");
        Result r = cli("trace", "record", "--schedule", "2", "--out", out.toString(), p.toString());
        assertEquals(0, r.code(), r.err());
        defercheck.trace.Trace t = defercheck.trace.TraceReader.read(out);
        String second = examples(cli("run", "--schedules", "all", p.toString()).out()).get(1);
        assertEquals(second, t.schedule());
        for (defercheck.trace.TraceMachine m : t.machines()) {
            assertEquals("b\na\n", m.outcome().stdout(), m.name());
        }
        assertEquals(List.of(), defercheck.trace.Replay.differences(t), "a replay follows the recorded schedule");
        Result plain = cli("trace", "record", "--out", out.toString(), p.toString());
        assertEquals(0, plain.code());
        assertEquals(null, defercheck.trace.TraceReader.read(out).schedule());
        assertFalse(Files.readString(out).contains("\"schedule\""), "a default run's file has no schedule field");
        assertEquals(64, cli("trace", "record", "--schedule", "3", "--out", out.toString(), p.toString()).code());
        assertEquals(64, cli("trace", "record", "--schedule", "g7", "--out", out.toString(), p.toString()).code());
    }

    /** The README's example of --schedules all is what the tool prints for examples/ping_pong.go. */
    @Test
    void theReadmeExampleIsWhatTheToolPrints() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String cmd = "$ ./defercheck run --schedules all examples/ping_pong.go\n";
        int from = readme.indexOf(cmd);
        assertTrue(from >= 0, "README has no --schedules all example");
        String shown = readme.substring(from + cmd.length(), readme.indexOf("```", from));
        Result r = cli("run", "--schedules", "all", "../examples/ping_pong.go");
        assertEquals(r.out() + "$ echo $?\n" + r.code() + "\n", shown);
    }

    private static List<String> examples(String report) {
        List<String> out = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(report);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
