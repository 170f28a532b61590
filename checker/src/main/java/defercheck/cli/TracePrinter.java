package defercheck.cli;

import defercheck.semantics.DeferredCall;
import defercheck.semantics.Event;
import defercheck.semantics.Frame;
import defercheck.semantics.FrameMode;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.PanicRecord;
import defercheck.source.SourceFile;
import java.io.PrintWriter;
import java.util.List;
import java.util.StringJoiner;

/**
 * {@code run --trace}: one line per event with its source position, the source line when execution
 * moves to a new line, and the frames with their pending defers plus the panic stack whenever they change.
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
    public void onEvent(Event event, AbstractMachine machine) {
        count++;
        out.printf("%5d  %-14s %s%n", count, position(event), event.describe());
        if (event instanceof Event.LineReached) {
            out.println(INDENT + "| " + sourceLine(event.span().line()).strip());
        }
        if (changesState(event)) {
            printState(machine);
        }
    }

    private static String position(Event e) {
        return e.span().line() == 0 ? "-" : e.span().line() + ":" + e.span().col();
    }

    private String sourceLine(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    private static boolean changesState(Event e) {
        return e instanceof Event.DeferPushed || e instanceof Event.DeferredCallStarted
                || e instanceof Event.Panicked || e instanceof Event.Recovery
                || e instanceof Event.Returned || e instanceof Event.RecoverCalled;
    }

    private void printState(AbstractMachine m) {
        List<Frame> frames = m.frames();
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            String label = i == frames.size() - 1 ? "frames: " : "        ";
            out.println(INDENT + label + f.name() + mode(f) + " defers " + defers(f.defers()));
        }
        StringJoiner panics = new StringJoiner(", ");
        List<PanicRecord> ps = m.panics();
        for (int i = ps.size() - 1; i >= 0; i--) {
            panics.add(ps.get(i).describe());
        }
        out.println(INDENT + "panics: " + (ps.isEmpty() ? "none" : panics.toString()));
    }

    private static String mode(Frame f) {
        return f.mode() == FrameMode.EXITING ? " (returning)" : f.mode() == FrameMode.PANICKING ? " (in gopanic)" : "";
    }

    private static String defers(List<DeferredCall> calls) {
        if (calls.isEmpty()) {
            return "[]";
        }
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (int i = calls.size() - 1; i >= 0; i--) {
            j.add(calls.get(i).describe());
        }
        return j.toString();
    }
}
