package defercheck.cli;

import defercheck.semantics.Event;
import defercheck.semantics.Machine;
import defercheck.semantics.MachineListener;
import defercheck.source.SourceFile;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code run --trace} on any machine: one line per event with its source position, the source line when
 * execution moves to a new line, and the machine's state panel ({@link Snapshot#render}) after every event
 * that changes it: frames with their pending defers and the panics, plus the g._defer chain, deferBits, slots
 * and the pool on a runtime machine.
 */
final class TracePrinter implements MachineListener {
    private static final String INDENT = "        ";
    private final PrintWriter out;
    private final List<String> lines;
    private int count;

    TracePrinter(PrintWriter out, SourceFile source) {
        this.out = out;
        this.lines = source.lines();
    }

    @Override
    public void onEvent(Event event, Machine machine) {
        count++;
        out.printf("%5d  %-14s %s%n", count, position(event), event.describe());
        if (event instanceof Event.LineReached) {
            out.println(INDENT + "| " + sourceLine(event.span().line()).strip());
        }
        if (machine.changesSnapshot(event)) {
            out.print(machine.snapshot().render(INDENT));
        }
    }

    private static String position(Event e) {
        return e.span().line() == 0 ? "-" : e.span().line() + ":" + e.span().col();
    }

    private String sourceLine(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }
}
