package defercheck.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.Chooser;
import defercheck.semantics.Limits;
import defercheck.semantics.Machine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The exploration of schedules, select picks and map orders on small programs whose outcomes are known. */
class ScheduleExplorerTest {

    static Supplier<Machine> machines(String src) {
        GoVersion v = new GoVersion(23);
        Compilation c = Frontend.compile(new SourceFile("prog.go", src), v);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return () -> new AbstractMachine(c.program(), v, Limits.DEFAULT, MachineListener.NONE);
    }

    static Exploration all(String src) {
        return new ScheduleExplorer(machines(src), ScheduleExplorer.ALL, 10_000).explore();
    }

    private static List<String> stdouts(Exploration e) {
        return e.outcomes().stream().map(f -> f.outcome().stdout()).sorted().toList();
    }

    static final String TWO_PRINTERS = """
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
    void twoUnsynchronisedPrintsComeOutInBothOrders() {
        Exploration e = all(TWO_PRINTERS);
        assertTrue(e.complete(), e.summary());
        assertEquals(List.of("a\nb\n", "b\na\n"), stdouts(e));
        for (Exploration.Found f : e.outcomes()) {
            assertEquals(f.outcome().stdout(), replay(TWO_PRINTERS, f.example()).stdout(),
                    "the example schedule " + f.example() + " gives its outcome again");
        }
    }

    static final String LOCK_ORDER = """
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
            """;

    @Test
    void aDeadlockThatOnlySomeSchedulesReachIsFound() {
        // the two goroutines take the locks in opposite orders: a deadlock when each holds its first
        Exploration e = all(LOCK_ORDER);
        assertTrue(e.complete(), e.summary());
        List<Outcome.Kind> kinds = e.outcomes().stream().map(f -> f.outcome().kind()).toList();
        assertEquals(List.of(Outcome.Kind.NORMAL_EXIT, Outcome.Kind.DEADLOCK), kinds, e.summary());
        Exploration.Found deadlock = e.outcomes().get(1);
        assertTrue(deadlock.outcome().stderr().startsWith("fatal error: all goroutines are asleep - deadlock!"),
                deadlock.outcome().stderr());
        assertEquals(Outcome.Kind.DEADLOCK, replay(LOCK_ORDER, deadlock.example()).kind());
        Outcome first = machines(LOCK_ORDER).get().run();
        assertEquals("no deadlock\n", first.stdout(), "the default schedule does not deadlock");
    }

    @Test
    void aSelectWithTwoReadyCasesTakesEither() {
        String src = """
                package main

                func main() {
                \ta := make(chan int, 1)
                \tb := make(chan int, 1)
                \ta <- 1
                \tb <- 2
                \tselect {
                \tcase v := <-a:
                \t\tprintln(v)
                \tcase v := <-b:
                \t\tprintln(v)
                \t}
                }
                """;
        Exploration e = new ScheduleExplorer(machines(src), Set.of(Chooser.Kind.SELECT), 100).explore();
        assertEquals(2, e.schedules());
        assertEquals(List.of("1\n", "2\n"), e.outcomes().stream().map(f -> f.outcome().stderr()).sorted().toList());
        assertEquals(List.of("-", "s1"), e.outcomes().stream().map(Exploration.Found::example).toList());
    }

    @Test
    void everyOrderOfAMapRangeIsExploredOnce() {
        String src = """
                package main

                import "fmt"

                func main() {
                \tm := map[string]int{"a": 1, "b": 2, "c": 3}
                \tfor k := range m {
                \t\tfmt.Print(k)
                \t}
                \tfmt.Println()
                }
                """;
        Exploration e = new ScheduleExplorer(machines(src), Set.of(Chooser.Kind.MAP_ORDER), 100).explore();
        assertTrue(e.complete());
        assertEquals(6, e.schedules());
        assertEquals(List.of("abc\n", "acb\n", "bac\n", "bca\n", "cab\n", "cba\n"), stdouts(e));
        assertEquals("cab\n", replay(src, "m2").stdout());
        assertEquals("cba\n", replay(src, "m2.m1").stdout());
    }

    @Test
    void theBoundCutsTheSearchShortAndSaysSo() {
        Exploration e = new ScheduleExplorer(machines(TWO_PRINTERS), ScheduleExplorer.ALL, 1).explore();
        assertFalse(e.complete());
        assertEquals(1, e.schedules() + e.cut());
        assertTrue(e.summary().contains("INCOMPLETE"), e.summary());
    }

    @Test
    void sleepSetsCutRunsThatOnlyReorderCommutingSteps() {
        // two goroutines that each only compute in locals and send on their own channel: their steps commute
        // except at the goroutine table, so fewer runs reach an end than there are interleavings
        String src = """
                package main

                func work(n int) int {
                \ts := 0
                \tfor i := 0; i < n; i++ {
                \t\ts += i
                \t}
                \treturn s
                }

                func worker(out chan int, n int) {
                \tout <- work(n)
                }

                func main() {
                \tc := make(chan int)
                \td := make(chan int)
                \tgo worker(c, 3)
                \tgo worker(d, 4)
                \tprintln(<-c + <-d)
                }
                """;
        Exploration e = all(src);
        assertTrue(e.complete(), e.summary());
        assertEquals(1, e.outcomes().size());
        assertEquals("9\n", e.outcomes().get(0).outcome().stderr());
        assertTrue(e.cut() > 0, e.summary());
    }

    /** Programs whose steps conflict in different ways: channels, locks, output, captured variables, sleeps. */
    static final List<String> REDUCTION_CASES = List.of(TWO_PRINTERS, LOCK_ORDER, """
            package main

            import (
            \t"fmt"
            \t"time"
            )

            func main() {
            \tc := make(chan int, 1)
            \tx := 0
            \tgo func() {
            \t\tx++
            \t\tc <- x
            \t}()
            \tgo func() {
            \t\ttime.Sleep(1)
            \t\tx += 10
            \t}()
            \tselect {
            \tcase v := <-c:
            \t\tfmt.Println("got", v)
            \tdefault:
            \t\tfmt.Println("none", x)
            \t}
            \ttime.Sleep(2)
            \tfmt.Println(x)
            }
            """, """
            package main

            func worker(out chan int, n int) {
            \tprintln("worker", n)
            \tout <- n
            }

            func main() {
            \tc := make(chan int)
            \td := make(chan int)
            \tgo worker(c, 1)
            \tgo worker(d, 2)
            \tselect {
            \tcase v := <-c:
            \t\tprintln("first", v, <-d)
            \tcase v := <-d:
            \t\tprintln("first", v, <-c)
            \t}
            }
            """);

    @Test
    void theSleepSetsLoseNoOutcome() {
        for (String src : REDUCTION_CASES) {
            Exploration reduced = all(src);
            Exploration full = new ScheduleExplorer(machines(src), ScheduleExplorer.ALL, 100_000).withoutSleepSets()
                    .explore();
            assertTrue(reduced.complete() && full.complete(), src);
            System.out.println("sleep sets: " + reduced.summary() + "; without: " + full.summary());
            assertEquals(keys(full), keys(reduced), src);
            assertTrue(reduced.schedules() <= full.schedules(), reduced.summary() + " vs " + full.summary());
        }
    }

    private static java.util.Set<String> keys(Exploration e) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        e.outcomes().forEach(f -> out.add(f.outcome().exitCode() + "|" + f.outcome().stdout() + "|"
                + f.outcome().stderr()));
        return out;
    }

    @Test
    void aChoiceStringThatDoesNotFitIsReported() {
        ChoiceString.Replay r = ChoiceString.replay("s3");
        Machine m = machines(TWO_PRINTERS).get();
        m.choices(r);
        m.run();
        assertTrue(r.mismatch().startsWith("choice 1 (s3) does not fit the run"), r.mismatch());
        ChoiceString.Replay ok = ChoiceString.replay("-");
        Machine m2 = machines(TWO_PRINTERS).get();
        m2.choices(ok);
        m2.run();
        assertNull(ok.mismatch());
    }

    @Test
    void choiceStringsCompressRepeatsAndDropTrailingDefaults() {
        List<ChoiceString.Pick> picks = List.of(new ChoiceString.Pick(Chooser.Kind.SCHEDULE, 0, 1),
                new ChoiceString.Pick(Chooser.Kind.SCHEDULE, 0, 1), new ChoiceString.Pick(Chooser.Kind.SCHEDULE, 1, 3),
                new ChoiceString.Pick(Chooser.Kind.SELECT, 1, 0), new ChoiceString.Pick(Chooser.Kind.MAP_ORDER, 0, 0),
                new ChoiceString.Pick(Chooser.Kind.SCHEDULE, 0, 2));
        assertEquals("g1x2.g3.s1", ChoiceString.format(picks));
        assertEquals(List.of("g1", "g1", "g3", "s1"), ChoiceString.tokens("g1x2.g3.s1"));
        assertEquals("-", ChoiceString.format(List.of(new ChoiceString.Pick(Chooser.Kind.MAP_ORDER, 0, 0))));
        assertEquals(List.of(), ChoiceString.tokens("-"));
        for (String bad : new String[] {"", "g", "q1", "g1..g2", "g1x", "1"}) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> ChoiceString.tokens(bad), bad);
        }
    }

    static Outcome replay(String src, String choices) {
        Machine m = machines(src).get();
        ChoiceString.Replay r = ChoiceString.replay(choices);
        m.choices(r);
        Outcome o = m.run();
        assertNull(r.mismatch(), choices);
        return o;
    }
}
