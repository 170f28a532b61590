package defercheck.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import defercheck.plan.DeferPlanner;
import defercheck.plan.SitePlan;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.Machines;
import defercheck.runtime.Strategy;
import defercheck.semantics.Limits;
import defercheck.semantics.Machine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.source.Diagnostic;
import defercheck.source.SourceFile;
import defercheck.trace.HtmlReport;
import defercheck.trace.Recorder;
import defercheck.trace.TraceReader;
import defercheck.trace.TraceWriter;
import java.io.IOException;

/**
 * One playground run: the program compiled as {@code prog.go}, run on the chosen machine exactly as {@code run}
 * runs it (stdout, stderr, exit code), the compiler's plan for each defer site, and the trace of every machine of
 * the version for the viewer. The run steps under a deadline; the trace's machines have the explorer's own
 * bounded budget.
 */
final class RunService {
    static final String FILE = "prog.go";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ServeLimits limits;

    /** The run went past the request's time limit. */
    static final class TimedOut extends Exception {
        TimedOut(String message) {
            super(message);
        }
    }

    RunService(ServeLimits limits) {
        this.limits = limits;
    }

    ObjectNode run(RunRequest r, long deadlineNanos) throws TimedOut, IOException {
        ObjectNode out = JSON.createObjectNode();
        Compilation c = Frontend.compile(new SourceFile(FILE, r.source()), r.go());
        if (!c.ok()) {
            ArrayNode d = out.putArray("diagnostics");
            c.diagnostics().stream().map(Diagnostic::render).forEach(d::add);
            return out;
        }
        Program p = c.program();
        MachineConfig config = config(p, r, out);
        Outcome o = runUntil(Machines.create(p, r.go(), new Limits(limits.maxSteps(), limits.maxDepth()), config,
                MachineListener.NONE), deadlineNanos);
        out.put("machine", config == null ? "abstract" : config.name());
        out.put("stdout", o.stdout());
        out.put("stderr", o.stderr());
        out.put("exitCode", o.exitCode());
        if (o.kind() == Outcome.Kind.STEP_LIMIT) {
            out.put("limit", "the run took more than " + limits.maxSteps() + " steps (the playground's step budget):"
                    + " an endless loop? It stops with exit code 124, which is defercheck's, not Go's.");
        }
        ArrayNode plan = out.putArray("plan");
        for (SitePlan s : DeferPlanner.sites(p, r.go())) {
            plan.addObject().put("line", s.span().line()).put("col", s.span().col())
                    .put("text", "./" + FILE + ":" + s.span().line() + ":" + s.span().col() + ": "
                            + s.allocation().text());
        }
        String trace = TraceWriter.render(new TraceWriter.Origin("example", null, null, null, null), r.source(), p,
                new MachineSuite(r.go(), null));
        if (System.nanoTime() > deadlineNanos) {
            throw new TimedOut(timeText());
        }
        out.set("trace", HtmlReport.data(TraceReader.parse(trace, FILE), FILE));
        out.put("traceSteps", Recorder.MAX_STEPS);
        return out;
    }

    private Outcome runUntil(Machine m, long deadlineNanos) throws TimedOut {
        long n = 0;
        while (m.step()) {
            // The machine is explicit state, so a run stops between two steps when its time is up.
            if ((++n & 0xfff) == 0 && System.nanoTime() > deadlineNanos) {
                throw new TimedOut(timeText());
            }
        }
        return m.outcome();
    }

    String timeText() {
        return "the run took longer than the playground's time limit of " + limits.timeLimitMs() / 1000.0 + " s";
    }

    /** The chosen machine; a forced one outside its Go versions runs with a warning, as {@code run} warns. */
    private static MachineConfig config(Program p, RunRequest r, ObjectNode out) {
        return switch (r.machine()) {
            case "real" -> Strategy.real(p, r.go());
            case "abstract" -> null;
            default -> {
                Strategy s = Strategy.byId(r.machine());
                if (!s.applicable(r.go())) {
                    out.put("warning", "the " + s.id() + " machine stands for Go " + s.versions() + "; this run uses"
                            + " Go " + r.go() + "'s language rules on a runtime Go " + r.go() + " does not have");
                }
                yield s.forced();
            }
        };
    }
}
