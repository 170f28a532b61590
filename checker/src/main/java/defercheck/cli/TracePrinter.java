package defercheck.cli;

import defercheck.ir.Program;
import defercheck.semantics.Event;
import defercheck.semantics.Machine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.source.SourceFile;
import defercheck.trace.Glossary;
import defercheck.trace.StateText;
import defercheck.trace.Step;
import defercheck.trace.StepBuilder;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code run --trace}: one line per event with its source position, the source line when execution moves to a
 * new line, and the state (frames with their variables and pending deferred calls, the panics; the g._defer
 * chain and the pool on a runtime machine) whenever it differs from the last one printed. A name Go programs
 * never spell gets a note the first time it shows. The run's ending shows what the program wrote to stderr.
 */
final class TracePrinter implements MachineListener {
    private static final String INDENT = "        ";
    private final PrintWriter out;
    private final List<String> lines;
    private final StepBuilder steps;
    private final Set<String> noted = new HashSet<>();
    private List<String> shown = List.of();

    TracePrinter(PrintWriter out, SourceFile source, Program program) {
        this.out = out;
        this.lines = source.lines();
        this.steps = new StepBuilder(program);
    }

    @Override
    public void onEvent(Event event, Machine machine) {
        Step s = steps.next(event, machine);
        out.printf("%5d  %-8s %s%n", s.index() + 1, s.line() == 0 ? "-" : s.line() + ":" + s.col(), s.event());
        note(s.event());
        if (event instanceof Event.LineReached) {
            out.println(INDENT + "| " + sourceLine(s.line()).strip());
        }
        List<String> state = StateText.lines(s.state());
        if (!state.equals(shown) && !(event instanceof Event.Finished)) {
            state.forEach(l -> {
                out.println(INDENT + l);
                note(l);
            });
            shown = state;
        }
        out.flush();
    }

    /** After the run: what the program wrote to stderr as it ended (a crash text has no Output event). */
    void ended(Outcome o) {
        String crash = o.stderr();
        if (!crash.isEmpty()) {
            out.println(INDENT + "stderr at the end:");
            crash.lines().forEach(l -> out.println(INDENT + "  " + l));
        }
        out.println("== exit code " + o.exitCode());
        out.flush();
    }

    private void note(String text) {
        for (Glossary.Note n : Glossary.newIn(text, noted)) {
            out.println(INDENT + "note: " + n.name() + ": " + n.text());
        }
    }

    private String sourceLine(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }
}
