package defercheck.semantics.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.Limits;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * What the timers, sync.RWMutex and sync/atomic do where no corpus golden can show it: a real program that hangs
 * (a ticker nobody receives from before go1.23), the refusals where real Go's answer is not a contract (the
 * wall clock in a time.Time, a copied Timer), and a few orders a corpus program would need sleeps for.
 */
class TimeAndSyncEdgesTest {

    private static Outcome run(int minor, String body, String imports) {
        String src = "package main\n\nimport (\n" + imports + ")\n\nfunc main() {\n" + body + "}\n";
        Compilation c = Frontend.compile(new SourceFile("prog.go", src), new GoVersion(minor));
        assertTrue(c.ok(), () -> "does not compile: " + c.diagnostics());
        return new AbstractMachine(c.program(), new GoVersion(minor), Limits.DEFAULT, MachineListener.NONE).run();
    }

    private static final String TICKER_NOBODY_READS =
            "\ttk := time.NewTicker(time.Millisecond)\n\tdefer tk.Stop()\n\tprintln(\"blocking\")\n\t<-make(chan int)\n";

    @Test
    void beforeGo123AnUnreadTickerKeepsTheBlockedProgramAliveForeverWhichIsRefused() {
        // go1.22 (and go1.23 under a go 1.22 go.mod) never reports the deadlock: the ticker stays in the timer heap
        Outcome o = run(22, TICKER_NOBODY_READS, "\t\"time\"\n");
        assertEquals(Outcome.Kind.REFUSED, o.kind(), o::stderr);
        assertEquals("blocking\nprog.go:7:1: unsupported: every goroutine is blocked while a time.Ticker ticks on (the "
                + "real program hangs)\n", o.stderr());
    }

    @Test
    void fromGo123AnUnreadTickerDoesNotHideTheDeadlock() {
        Outcome o = run(23, TICKER_NOBODY_READS, "\t\"time\"\n");
        assertEquals(Outcome.Kind.DEADLOCK, o.kind(), o::stderr);
        assertTrue(o.stderr().startsWith("blocking\nfatal error: all goroutines are asleep - deadlock!\n"), o::stderr);
    }

    @Test
    void aTickerSomeoneWaitsOnIsSkippedAheadToTheNextAlarmWithoutFiringEveryPeriod() {
        // a one-nanosecond ticker and an hour's sleep: the clock moves the full ticker by whole periods at once
        Outcome o = run(22, "\ttk := time.NewTicker(1)\n\ttime.Sleep(time.Hour)\n\t<-tk.C\n\t<-tk.C\n\tprintln(\"two ticks\")\n",
                "\t\"time\"\n");
        assertEquals(Outcome.Kind.NORMAL_EXIT, o.kind(), o::stderr);
        assertEquals("two ticks\n", o.stderr());
    }

    @Test
    void printingTheTimeATimerSentIsRefusedAtTheUsersCall() {
        Outcome o = run(23, "\tt := <-time.After(time.Second)\n\tfmt.Println(\"got one\")\n\tfmt.Println(t)\n",
                "\t\"fmt\"\n\t\"time\"\n");
        assertEquals(Outcome.Kind.REFUSED, o.kind(), o::stderr);
        assertEquals("got one\n", o.stdout());
        assertEquals("prog.go:11:2: unsupported: the text of a time.Time (the wall clock time of a real run)\n",
                o.stderr());
    }

    @Test
    void aCopiedTimerIsRefused() {
        Outcome o = run(21, "\tt := time.NewTimer(time.Second)\n\tu := *t\n\tu.Stop()\n", "\t\"time\"\n");
        assertEquals(Outcome.Kind.REFUSED, o.kind(), o::stderr);
        assertEquals("prog.go:10:2: unsupported: a copy of a time.Timer value\n", o.stderr());
    }

    @Test
    void compareAndSwapOfAnUncomparableValuePanicsAsGosEqualityDoes() {
        // value.go compares the Value's content with old by ==: runtime.efaceeq's run-time error (checked on go1.23)
        Outcome o = run(23, "\tvar v atomic.Value\n\tv.Store([]int{1})\n\tv.CompareAndSwap([]int{1}, []int{2})\n",
                "\t\"sync/atomic\"\n");
        assertEquals(Outcome.Kind.PANIC_CRASH, o.kind(), o::stderr);
        assertTrue(o.stderr().startsWith("panic: runtime error: comparing uncomparable type []int\n"), o::stderr);
    }

    @Test
    void aWriterWaitingForReadersIsWokenByTheLastOfThem() {
        Outcome o = run(19, "\tvar rw sync.RWMutex\n\tvar wg sync.WaitGroup\n\trw.RLock()\n\trw.RLock()\n\twg.Add(1)\n"
                + "\tgo func() {\n\t\tdefer wg.Done()\n\t\trw.Lock()\n\t\tprintln(\"writer in\")\n\t\trw.Unlock()\n\t}()\n"
                + "\truntime.Gosched()\n\tprintln(\"first reader out\")\n\trw.RUnlock()\n\truntime.Gosched()\n"
                + "\tprintln(\"second reader out\")\n\trw.RUnlock()\n\twg.Wait()\n",
                "\t\"runtime\"\n\t\"sync\"\n");
        assertEquals(Outcome.Kind.NORMAL_EXIT, o.kind(), o::stderr);
        assertEquals("first reader out\nsecond reader out\nwriter in\n", o.stderr());
    }
}
