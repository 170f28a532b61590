package defercheck.cli;

import defercheck.runtime.RuntimeListener;
import defercheck.runtime.RuntimeMachine;
import defercheck.semantics.Event;
import defercheck.source.SourceFile;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code run --trace} on a strategy machine: one line per event (runtime routines included), the source
 * line when execution moves, and the strategy-level state (chain, deferBits and slots, panics, pool)
 * after every event that changes it.
 */
final class RuntimeTracePrinter implements RuntimeListener {
    private static final String INDENT = "        ";
    private final PrintWriter out;
    private final List<String> lines;
    private int count;

    RuntimeTracePrinter(PrintWriter out, SourceFile source) {
        this.out = out;
        this.lines = source.lines();
    }

    @Override
    public void onEvent(Event event, RuntimeMachine machine) {
        count++;
        String pos = event.span().line() == 0 ? "-" : event.span().line() + ":" + event.span().col();
        out.printf("%5d  %-14s %s%n", count, pos, event.describe());
        if (event instanceof Event.LineReached) {
            int n = event.span().line();
            out.println(INDENT + "| " + (n >= 1 && n <= lines.size() ? lines.get(n - 1).strip() : ""));
        } else if (!(event instanceof Event.Output) && !(event instanceof Event.Called)) {
            out.print(machine.snapshot().render(INDENT));
        }
    }
}
