package defercheck.oracle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import defercheck.coreprogram.GoPrinter;
import defercheck.explore.Bound;
import defercheck.explore.MachineSuite;
import defercheck.explore.ProgramSpace;
import defercheck.ir.Program;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.Event;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import defercheck.trace.FrameState;
import defercheck.trace.Recorder;
import defercheck.trace.Replay;
import defercheck.trace.Step;
import defercheck.trace.StepState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Saves the causes of a run under {@code traces/impl/IMPL-VERSION/}: {@code cause-NN.trace.json} per cause and
 * {@code summary.json} for the run. A cause trace is a {@code defercheck.counterexample/2} file of kind
 * {@code implementation} that the {@code trace} commands open. It has two machines compared on what an
 * implementation can show: {@code model}, the abstract semantics' run of the minimal program step by step
 * (frames, pending deferred calls, panics), whose observables are its writes as the implementation presents
 * them (its quirks applied) and how it ends; and {@code IMPL-VERSION}, the implementation's run of the same
 * program, one step per write (the order of the two streams' writes from a run with both streams in one
 * file) and one for its end. {@code trace diff FILE} puts them side by side and marks the first difference.
 */
public final class ImplTraces {
    public static final String KIND = "implementation";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ImplTraces() {
    }

    /** Replaces the traces in {@code dir} by {@code causes}' and the run's summary. */
    public static void writeAll(Path dir, Oracle oracle, Implementation impl, Bound bound, Oracle.Summary s,
                                List<Causes.Cause> causes, String command) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("cause-")).toList()) {
                Files.delete(p);
            }
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < causes.size(); i++) {
            Causes.Cause c = causes.get(i);
            String name = String.format("cause-%02d.trace.json", i + 1);
            Files.writeString(dir.resolve(name), render(oracle, impl, bound, c, i + 1));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", name);
            m.put("count", c.count());
            m.put("symptom", c.symptom().toString());
            m.put("minimal", OneLine.of(c.check().source()));
            m.put("minimal_programs", c.minimals().size());
            list.add(m);
        }
        JSON.writeValue(dir.resolve("summary.json").toFile(), summary(impl, bound, s, list, command));
    }

    private static Map<String, Object> summary(Implementation impl, Bound bound, Oracle.Summary s,
                                               List<Map<String, Object>> causes, String command) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", "defercheck.impl-summary/1");
        m.put("impl", impl.name());
        m.put("version", impl.version());
        m.put("go", impl.language().toString());
        m.put("found", impl.describe());
        m.put("command", command);
        m.put("bound", bound.name());
        m.put("programs", s.programs());
        m.put("agree", s.agreements());
        m.put("quirks", s.quirks());
        m.put("by_quirk", s.byQuirk());
        m.put("batch_only", s.batchOnly());
        m.put("known_bugs", s.knownBugs());
        m.put("semantic", s.unexplained());
        m.put("causes", causes);
        List<Map<String, Object>> quirks = new ArrayList<>();
        impl.quirks().forEach(q -> quirks.add(ordered("name", q.name(), "description", q.description())));
        m.put("declared_quirks", quirks);
        List<Map<String, Object>> rules = new ArrayList<>();
        impl.crashRules().forEach(r -> rules.add(ordered("name", r.name(), "why", r.why())));
        m.put("crash_rules", rules);
        return m;
    }

    /** The trace of one cause. */
    static String render(Oracle oracle, Implementation impl, Bound bound, Causes.Cause c, int number)
            throws IOException, InterruptedException {
        CaseResult r = c.check();
        GoVersion v = impl.language();
        Sides both = sides(oracle, impl, r);
        Side model = both.model();
        Side real = both.real();
        Outcome abs = both.abs();
        Processes.Proc merged = both.merged();
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("schema", "defercheck.counterexample/2");
        t.put("kind", KIND);
        t.put("description", impl.name() + " " + impl.version() + " disagrees with the model (Go " + v + ") on "
                + String.join(", ", r.differs()) + "; cause " + number + " of " + c.count() + " program(s)");
        t.put("bound", bound.name());
        t.put("rank", rankIn(bound, c));
        t.put("go", v.toString());
        t.put("mutant", null);
        t.put("program", ordered("file", "prog.go", "source", r.source(), "core", c.minimal().toString()));
        t.put("implementation", ordered("name", impl.name(), "version", impl.version(), "describe", impl.describe()));
        t.put("cause", cause(c, number));
        t.put("divergence", divergence(model.keys(), real.keys(), impl));
        t.put("machines", List.of(machine("model", true, abs.kind().name(), r.presented(), model),
                machine(impl.name() + "-" + impl.version(), false, merged.end().name(), r.real(), real)));
        return JSON.writeValueAsString(t) + "\n";
    }

    private static Long rankIn(Bound bound, Causes.Cause c) {
        try {
            return new ProgramSpace(bound).rank(c.minimal());
        } catch (IllegalArgumentException outside) {
            return null;
        }
    }

    private static Map<String, Object> cause(Causes.Cause c, int number) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("count", c.count());
        m.put("symptom", c.symptom().differences());
        m.put("panicking", c.symptom().panicking());
        m.put("example_ranks", c.ranks());
        m.put("differs", c.check().differs());
        List<Map<String, Object>> mins = new ArrayList<>();
        c.minimals().forEach(x -> mins.add(ordered("program", x.oneLine(), "count", x.count(), "core",
                x.program().toString())));
        m.put("minimal_programs", mins);
        m.put("model", outcome(c.check().presented()));
        m.put("observed", outcome(c.check().real()));
        return m;
    }

    private static Map<String, Object> outcome(CaseResult.Observed o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exit", o.exit());
        m.put("stdout", o.stdout());
        m.put("stderr", o.stderr());
        return m;
    }

    /** A machine of the trace: its steps (as JSON maps) and the keys of its observable steps. */
    /**
     * A machine of the trace: its steps (as JSON maps), the keys of its observable steps, the stream of each
     * write (model side), and for each observable whether a panic was under way (model side).
     */
    record Side(List<Map<String, Object>> steps, List<String> keys, List<Boolean> writes, List<Boolean> panicking) { }

    /** Both sides of a cause's minimal program, and where they first part. */
    record Sides(Side model, Side real, Outcome abs, Processes.Proc merged, int divergence) {
        /** Whether the model had a panic under way at the observable where the implementation first departs. */
        boolean panickingAtDivergence() {
            List<Boolean> p = model.panicking();
            return !p.isEmpty() && p.get(Math.min(divergence, p.size() - 1));
        }
    }

    /** Runs the model and the implementation (alone, both streams in one file) on {@code r}'s program. */
    static Sides sides(Oracle oracle, Implementation impl, CaseResult r) throws IOException, InterruptedException {
        GoVersion v = impl.language();
        Program ir = Replay.compile(r.source(), v);
        Outcome abs = new AbstractMachine(ir, v, MachineSuite.LIMITS, MachineListener.NONE).run();
        Side model = modelSide(Recorder.steps(ir, v, null), abs, r.presented(), impl.name());
        Processes.Proc merged = oracle.runMerged(r.source());
        Side real = implSide(r.real(), merged.stdout(), model.writes());
        int i = 0;
        while (i < model.keys().size() && i < real.keys().size() && model.keys().get(i).equals(real.keys().get(i))) {
            i++;
        }
        return new Sides(model, real, abs, merged, i);
    }

    /**
     * The abstract run, its writes and end as the implementation ({@code who}) presents them ({@code presented}):
     * an event that a quirk presents differently says both.
     */
    static Side modelSide(List<Step> steps, Outcome abs, CaseResult.Observed presented, String who) {
        List<String> texts = new ArrayList<>();
        List<Boolean> streams = new ArrayList<>();
        for (Event e : abs.observed()) {
            if (e instanceof Event.Output o) {
                texts.add(o.text());
                streams.add(o.stderr());
            }
        }
        List<OutputView.Write> routed = OutputView.route(texts, presented.stdout(), presented.stderr(), streams);
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Boolean> writes = new ArrayList<>();
        List<Boolean> panicking = new ArrayList<>();
        int w = 0;
        for (Step s : steps) {
            boolean observable = false;
            String event = s.event();
            if (s.kind().equals("Output") && w < routed.size()) {
                OutputView.Write wr = routed.get(w++);
                keys.add(wr == null ? "unmatched " + defercheck.explore.Json.quote(texts.get(w - 1)) : wr.key());
                writes.add(wr != null && wr.stderr());
                if (wr != null && wr.stderr() != streams.get(w - 1)) {
                    event = wr.key().replaceFirst(" ", ": ") + " (" + who + "; gc: " + (wr.stderr() ? "stdout" : "stderr")
                            + ")";
                }
                observable = true;
            } else if (s.kind().equals("Finished")) {
                String end = OutputView.endKey(presented.exit(), OutputView.crashPart(presented.stderr()));
                keys.add(end);
                event = event + "; as " + who + " shows it: " + end;
                observable = true;
            }
            if (observable) {
                panicking.add(!s.state().panics().isEmpty());
            }
            out.add(step(s.index(), s.line(), s.col(), s.kind(), event, observable, s.state()));
        }
        return new Side(out, keys, writes, panicking);
    }

    /** The implementation's run: its writes in the merged order, routed by its separate streams, then its end. */
    static Side implSide(CaseResult.Observed real, String merged, List<Boolean> modelStreams) {
        List<String> lines = OutputView.writtenLines(merged);
        List<OutputView.Write> routed = OutputView.route(lines, real.stdout(), real.rawStderr(), modelStreams);
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        StringBuilder so = new StringBuilder();
        StringBuilder se = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            OutputView.Write w = routed.get(i);
            String key = w == null ? "unmatched " + defercheck.explore.Json.quote(lines.get(i)) : w.key();
            (w != null && w.stderr() ? se : so).append(lines.get(i));
            keys.add(key);
            out.add(step(i, 0, 0, "Output", key.replaceFirst(" ", ": "), true, plain(so, se)));
        }
        String crash = OutputView.crashPart(real.stderr());
        se.append(crash);
        String end = OutputView.endKey(real.exit(), crash);
        keys.add(end);
        out.add(step(lines.size(), 0, 0, "Finished", "program ends: " + end, true, plain(so, se)));
        return new Side(out, keys, List.of(), List.of());
    }

    private static StepState plain(StringBuilder so, StringBuilder se) {
        return new StepState(List.of(), null, List.of(), null, so.toString(), se.toString(), null);
    }

    private static Map<String, Object> step(int index, int line, int col, String kind, String event,
                                            boolean observable, StepState st) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", index);
        m.put("span", ordered("line", line, "col", col));
        m.put("kind", kind);
        m.put("event", event);
        m.put("observable", observable);
        Map<String, Object> s = new LinkedHashMap<>();
        List<Map<String, Object>> frames = new ArrayList<>();
        for (FrameState f : st.frames()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("function", f.function());
            fm.put("detail", f.detail());
            fm.put("pending", f.pending());
            frames.add(fm);
        }
        s.put("frames", frames);
        s.put("panics", st.panics());
        s.put("stdout", st.stdout());
        s.put("stderr", st.stderr());
        m.put("state", s);
        return m;
    }

    private static Map<String, Object> machine(String name, boolean reference, String kind,
                                               CaseResult.Observed o, Side side) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("reference", reference);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", kind);
        out.put("exit_code", o.exit());
        out.put("stdout", o.stdout());
        out.put("stderr", o.rawStderr());
        m.put("outcome", out);
        m.put("observables", side.keys());
        m.put("steps_truncated", false);
        m.put("steps", side.steps());
        return m;
    }

    /** A map whose fields keep the order given: a trace's bytes depend only on its content. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> divergence(List<String> model, List<String> real, Implementation impl) {
        int i = 0;
        while (i < model.size() && i < real.size() && model.get(i).equals(real.get(i))) {
            i++;
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("reference", "model");
        d.put("machine", impl.name() + "-" + impl.version());
        d.put("observable_index", i);
        d.put("expected", i < model.size() ? model.get(i) : null);
        d.put("actual", i < real.size() ? real.get(i) : null);
        return d;
    }
}
