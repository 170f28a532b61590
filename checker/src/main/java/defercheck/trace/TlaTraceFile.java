package defercheck.trace;

import defercheck.calculus.CalculusProgram;
import defercheck.calculus.CalculusRecognizer;
import defercheck.calculus.CalculusToCore;
import defercheck.calculus.TlaTraceExport;
import defercheck.coreprogram.CoreLowering;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.GoPrinter;
import defercheck.coreprogram.read.CoreForm;
import defercheck.coreprogram.read.CoreSourceReader;
import defercheck.crosscheck.ExplorerTraceExport;
import defercheck.ir.Program;
import defercheck.runtime.MachineConfig;
import defercheck.source.GoVersion;
import defercheck.straightline.StraightLineExport;
import defercheck.tlc.TlcTraceExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code trace export --format tla}: one machine of a trace file as a TLA+ module (and cfg) that TLC checks
 * against the spec. A TLC counterexample goes back to its own model ({@link TlcTraceExport}); a Go program's
 * run takes one of three routes:
 * <ul>
 * <li>the program is in the core calculus of spec/Calculus.tla and the machine is one of the strategies with a
 *     module of its own ({@code abstract}, {@code heap}, {@code stack}, {@code open}, {@code panicloop}):
 *     {@link TlaTraceExport}'s trace module, which TLC validates step by step as a behaviour of that strategy
 *     spec (chain and strategy behaviour, not only the end);</li>
 * <li>otherwise, when the program is an explorer core program (the trace's stored core form, or the core
 *     program of a calculus program, or its Go source read back by {@link CoreSourceReader}) and the machine
 *     is any of the trace's machines (mutants and the version's
 *     combined machine included): {@link ExplorerTraceExport}, one program of the cross-check, where TLC checks
 *     that GoDefer ends the program with exactly the machine's log and outcome. That passes for every machine
 *     that agrees with the abstract semantics and fails (MatchesMachine) for a divergent one;</li>
 * <li>any other program (strings, fmt, parameters, several results, loops over values): the machine's run read
 *     back as a straight-line GoDefer program, one body per frame ({@link StraightLineExport}), with the same
 *     check and the same verdicts. A run it cannot express (a named result written by a closure another
 *     function calls, a stack overflow) is refused with the reason.</li>
 * </ul>
 * Each runs the program again on the machine; {@code TraceReplayTest} pins that such a run gives exactly the
 * recorded steps.
 */
public final class TlaTraceFile {
    private TlaTraceFile() {
    }

    /** A trace that has no TLA+ spec to be checked against, with the reason in the user's terms. */
    public static final class NoSpec extends Exception {
        NoSpec(String message) {
            super(message);
        }
    }

    /** The module written, and what TLC should say about it, in words. */
    public record Written(Path tla, boolean expectPass, String expectation) { }

    /** Writes OUT (a .tla module named after it) and the .cfg beside it. */
    public static Written write(Trace t, TraceMachine m, Path out, Path specDir) throws NoSpec, IOException {
        if (t.tlc()) {
            return tlcCounterexample(m, out, specDir);
        }
        GoVersion v = GoVersion.parse(t.go());
        Optional<CalculusProgram> calculus = CalculusRecognizer.recognize(t.source());
        Optional<TlaTraceExport.Target> target = target(m);
        if (calculus.isPresent() && target.isPresent()) {
            Path tla = TlaTraceExport.write(calculus.get(), target.get(), v, out);
            return new Written(tla, true, "expect TLC to pass: it validates the " + m.name() + " machine's run,"
                    + " observable by observable, as a behaviour of the " + target.get().module() + " spec");
        }
        Optional<CoreProgram> explorer = core(t, calculus);
        if (explorer.isEmpty()) {
            return straightLine(t, m, v, out);
        }
        CoreProgram core = explorer.get();
        MachineConfig config = config(t, core, m, v);
        ExplorerTraceExport.Written w = ExplorerTraceExport.write(core, m.name(), config, v, out);
        String checks = "TLC checks that GoDefer (Go " + v + ") ends the program with the log and outcome of the "
                + m.name() + " machine";
        return new Written(w.tla(), w.expectPass(), w.expectPass()
                ? "expect TLC to pass: " + checks + (config == null ? ", the reference semantics"
                        : ", which agrees with the abstract semantics")
                : "expect TLC to FAIL (invariant MatchesMachine violated): " + checks + ", which diverges from the"
                        + " abstract semantics; this trace is a counterexample and the violation is the point");
    }

    /**
     * Any other Go program: the machine's run read back as a straight-line GoDefer program
     * ({@link StraightLineExport}); TLC passes exactly when the machine's observables are the abstract machine's.
     */
    private static Written straightLine(Trace t, TraceMachine m, GoVersion v, Path out) throws NoSpec, IOException {
        Program p = Replay.compile(t.source(), v);
        MachineConfig config = null;
        if (!m.reference()) {
            config = Replay.suite(t).machines(p).stream().filter(c -> c.name().equals(m.name())).findFirst()
                    .orElseThrow(() -> new NoSpec("machine '" + m.name() + "' is not one the trace's Go version and"
                            + " mutant run"));
        }
        boolean agrees = m.observables().equals(reference(t).observables());
        Path tla;
        try {
            tla = StraightLineExport.write(p, t.source(), v, config, m.name(), !agrees, out);
        } catch (StraightLineExport.Refused e) {
            throw new NoSpec("the program is outside the explorer's core programs, and its run does not read back as"
                    + " a straight-line GoDefer program: " + e.getMessage() + "; --format itf or html export any"
                    + " trace");
        }
        return new Written(tla, agrees, StraightLineExport.expectation(m.name(), v, agrees));
    }

    private static TraceMachine reference(Trace t) {
        return t.machines().stream().filter(TraceMachine::reference).findFirst().orElse(t.machines().get(0));
    }

    /** A TLC counterexample goes back to its own model as a trace TLC must replay ({@link TlcTraceExport}). */
    private static Written tlcCounterexample(TraceMachine m, Path out, Path specDir) throws IOException {
        List<Map<String, String>> states = m.steps().stream().map(s -> s.state().vars()).toList();
        Path tla = TlcTraceExport.write(m.name(), states, specDir, out);
        return new Written(tla, false, "expect TLC to report invariant " + TlcTraceExport.REPLAYED + " violated:"
                + " that is TLC replaying all " + states.size() + " states of the counterexample as a behaviour of "
                + m.name() + " (run TLC with " + specDir + " on its path; \"no error\" would mean it is not one)");
    }

    private static Optional<TlaTraceExport.Target> target(TraceMachine m) {
        try {
            return Optional.of(TlaTraceExport.Target.byId(m.name()));
        } catch (IllegalArgumentException noModule) {
            return Optional.empty();
        }
    }

    /**
     * The trace's explorer core program, checked to print as exactly the source every machine ran; empty when the
     * program is no explorer core program (no stored core form, and the source is not what GoPrinter prints).
     */
    static Optional<CoreProgram> core(Trace t, Optional<CalculusProgram> calculus) throws NoSpec {
        if (calculus.isPresent()) {
            CalculusToCore.Translation tr = CalculusToCore.translate(calculus.get());
            if (tr.source().equals(t.source())) {
                return Optional.of(tr.core());
            }
        }
        if (t.core() == null) {
            return CoreSourceReader.recognize(t.source());
        }
        CoreProgram p;
        try {
            p = CoreForm.parse(t.core());
        } catch (IllegalArgumentException e) {
            throw new NoSpec("the trace's core form does not read back (" + e.getMessage() + ")");
        }
        if (!GoPrinter.print(p).equals(t.source())) {
            throw new NoSpec("the trace's core form does not print as the trace's Go source, so it is not the"
                    + " program the machines ran");
        }
        return Optional.of(p);
    }

    /** The machine's configuration (null: the abstract machine). */
    private static MachineConfig config(Trace t, CoreProgram core, TraceMachine m, GoVersion v) throws NoSpec {
        if (m.name().equals("abstract")) {
            return null;
        }
        for (MachineConfig c : Replay.suite(t).machines(CoreLowering.lower(core, v, GoPrinter.print(core)))) {
            if (c.name().equals(m.name())) {
                return c;
            }
        }
        throw new NoSpec("machine '" + m.name() + "' is not one the trace's Go version and mutant run");
    }
}
