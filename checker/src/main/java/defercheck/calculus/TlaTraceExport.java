package defercheck.calculus;

import defercheck.coreprogram.CoreLowering;
import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import defercheck.runtime.Machines;
import defercheck.runtime.Strategy;
import defercheck.semantics.Event;
import defercheck.semantics.Limits;
import defercheck.semantics.Machine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import defercheck.tlc.TlaText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The second link between Java and TLA+ (docs/design.md, the glossary's Calculus.tla programs): Java runs of
 * calculus programs on one strategy machine, written as a TLA+ trace module that TLC validates against the
 * matching strategy spec. A trace is the run's observable projection: each deferred call started (its site), each
 * recover result, print and call result, then the outcome. {@code TraceNext} lets the spec take any step that
 * leaves {@code log} and {@code outcome} alone, and otherwise only the step that produces the next trace entry. A
 * spec state with no such step is a deadlock, so TLC (deadlock checking on) succeeds exactly when the spec
 * follows every trace to its last entry; this relies on the strategy specs being deterministic for a fixed
 * program, as they are. Deferred-call instance ids are projected away: GoDefer numbers closures globally, the
 * Java machines per site and frame. One module may hold many traces (variable {@code t} picks one), so a test
 * validates hundreds in one TLC run.
 */
public final class TlaTraceExport {

    /** A Java strategy id and the TLA+ module and constants that model it. */
    public enum Target {
        ABSTRACT("abstract", "GoDefer", ""),
        HEAP("heap", "HeapDefer", "    StackRecords = FALSE\n"),
        STACK("stack", "HeapDefer", "    StackRecords = TRUE\n"),
        OPEN("open", "OpenDefer", ""),
        PANICLOOP("panicloop", "PanicLoop", "");

        final String id;
        final String module;
        final String flags;

        Target(String id, String module, String flags) {
            this.id = id;
            this.module = module;
            this.flags = flags;
        }

        public String id() {
            return id;
        }

        public String module() {
            return module;
        }

        public static Target byId(String id) {
            for (Target t : values()) {
                if (t.id.equals(id)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("no TLA+ spec for strategy '" + id
                    + "' (want abstract, heap, stack, open or panicloop)");
        }
    }

    /** The module text and its cfg. */
    public record Export(String module, String cfg, int entries) { }

    private TlaTraceExport() {
    }

    /**
     * For {@code defercheck run --export-tla FILE}: writes FILE (module named after it) and the cfg beside it.
     * Throws IllegalArgumentException with a user-facing message when the source is not a calculus program.
     */
    public static Path write(String source, String strategy, GoVersion version, Path file) throws IOException {
        Target target = Target.byId(strategy == null ? "abstract" : strategy);
        CalculusProgram p = CalculusRecognizer.recognize(source).orElseThrow(() -> new IllegalArgumentException(
                "--export-tla: the program is not in the core calculus of spec/Calculus.tla (the Go text"
                        + " CalculusToCore prints for one); only those runs have a TLA+ spec to follow"));
        return write(p, target, version, file);
    }

    /**
     * Writes FILE (module named after it) and the cfg beside it for one calculus program, e.g. the program of a
     * trace file ({@code defercheck trace export --format tla}).
     */
    public static Path write(CalculusProgram p, Target target, GoVersion version, Path file) throws IOException {
        String name = TlaText.moduleName(file);
        Export e = export(name, List.of(p), target, version);
        Path tla = file.resolveSibling(name + ".tla");
        Files.writeString(tla, e.module(), StandardCharsets.UTF_8);
        Files.writeString(file.resolveSibling(name + ".cfg"), e.cfg(), StandardCharsets.UTF_8);
        return tla;
    }

    /** One module holding the runs of every program on the target's machine. */
    public static Export export(String moduleName, List<CalculusProgram> programs, Target target, GoVersion version) {
        List<String> progs = new ArrayList<>();
        List<List<String>> traces = new ArrayList<>();
        int entries = 0;
        for (CalculusProgram p : programs) {
            List<String> trace = trace(CalculusToCore.translate(p), target, version);
            progs.add(p.toTla());
            traces.add(trace);
            entries += trace.size();
        }
        String source = programs.size() == 1 ? CalculusToCore.translate(programs.get(0)).source() : null;
        return new Export(module(moduleName, target, progs, traces, source), cfg(programs, target, version), entries);
    }

    /** The observable projection of the program's run on the target's Java machine, last entry the outcome. */
    static List<String> trace(CalculusToCore.Translation t, Target target, GoVersion version) {
        Collector c = new Collector(t);
        Program ir = CoreLowering.lower(t.core(), version, t.source());
        Limits limits = MachineSuite.LIMITS;
        Outcome o = Machines.create(ir, version, limits, Strategy.byId(target.id).forced(), c).run();
        c.entries.add("[kind |-> \"end\", outcome |-> " + JavaOutcome.outcome(o) + "]");
        return c.entries;
    }

    /** Collects the observable projection from either kind of machine. */
    private static final class Collector implements MachineListener {
        private final CalculusToCore.Translation t;
        final List<String> entries = new ArrayList<>();

        Collector(CalculusToCore.Translation t) {
            this.t = t;
        }

        @Override
        public void onEvent(Event e, Machine m) {
            int line = e.span().line();
            if (e instanceof Event.DeferredCallStarted) {
                List<Integer> site = t.siteByLine().get(line);
                entry("<<\"start\", <<" + site.get(0) + ", " + site.get(1) + ">>>>");
            } else if (e instanceof Event.Output out) {
                String v = out.text().strip();
                entry(switch (t.kindByLine().getOrDefault(line, CalculusToCore.LineKind.OTHER)) {
                    case PRINT -> "<<\"print\", " + v + ">>";
                    case RECOVER -> "<<\"recover\", " + (v.equals("<nil>") ? "0" : v) + ">>";
                    case RET -> "<<\"ret\", " + t.calleeByLine().get(line) + ", " + v + ">>";
                    case OTHER -> throw new IllegalStateException("output outside the calculus on line " + line);
                });
            }
        }

        private void entry(String e) {
            entries.add("[kind |-> \"log\", entry |-> " + e + "]");
        }
    }

    static String module(String name, Target target, List<String> progs, List<List<String>> traces, String source) {
        String bar = "-".repeat(Math.max(4, 28 - name.length() / 2));
        StringBuilder ts = new StringBuilder();
        for (int i = 0; i < progs.size(); i++) {
            ts.append(i == 0 ? "    " : ",\n    ").append("[prog |-> ").append(progs.get(i)).append(",\n     trace |-> <<\n      ")
                    .append(String.join(",\n      ", traces.get(i))).append(">>]");
        }
        return bar + " MODULE " + name + " " + bar + "\n"
                + "(* Generated by defercheck (TlaTraceExport): Java runs on the " + target.id + " machine as traces of  *)\n"
                + "(* " + target.module + ", projected on the observables.  TLC with the cfg beside this file and    *)\n"
                + "(* deadlock checking on succeeds exactly when the spec follows every trace to its end.         *)\n"
                + "EXTENDS " + target.module + "\n\n"
                + "VARIABLES\n"
                + "    t,  \\* which trace this behaviour follows (fixed after Init)\n"
                + "    l   \\* how many of its entries the behaviour has matched\n\n"
                + (source == null ? "" : "(* The program, as Go source:\n" + TlaText.commentSafe(source) + "*)\n")
                + "Traces == <<\n" + ts + "\n>>\n\n"
                + "\\* Replaces Programs in the cfg, so Init only picks traced programs.\n"
                + "TracePrograms == {Traces[i].prog : i \\in 1..Len(Traces)}\n"
                + "Trace == Traces[t].trace\n"
                + "\\* The projection: deferred-call instance ids are not compared.\n"
                + "Proj(e) == IF e[1] = \"start\" THEN <<\"start\", e[2]>> ELSE e\n\n"
                + "TraceInit == t \\in 1..Len(Traces) /\\ l = 0 /\\ Init /\\ prog = Traces[t].prog\n"
                + "\\* A step the trace does not see: log and outcome stay.\n"
                + "Silent == Next /\\ log' = log /\\ outcome' = outcome /\\ UNCHANGED <<t, l>>\n"
                + "\\* A step that produces the next trace entry.\n"
                + "Observed == /\\ l < Len(Trace)\n"
                + "            /\\ Next\n"
                + "            /\\ l' = l + 1\n"
                + "            /\\ UNCHANGED t\n"
                + "            /\\ IF Trace[l + 1].kind = \"log\"\n"
                + "                 THEN /\\ Len(log') = Len(log) + 1\n"
                + "                      /\\ Proj(log'[Len(log')]) = Trace[l + 1].entry\n"
                + "                      /\\ outcome' = outcome\n"
                + "                 ELSE /\\ log' = log\n"
                + "                      /\\ outcome' = Trace[l + 1].outcome\n"
                + "\\* A state where neither is enabled is a deadlock: the spec cannot produce the next entry.\n"
                + "TraceNext == Silent \\/ Observed\n"
                + "TraceSpec == TraceInit /\\ [][TraceNext]_<<vars, t, l>>\n\n"
                + "\\* The run ends only through the trace's last entry, so an ended run consumed its trace.\n"
                + "EndedOnlyWhenConsumed == outcome # Running => l = Len(Trace)\n"
                + "=============================================================================\n";
    }

    /**
     * Constants wide enough for the program (Values and LoopTrips as used), Programs replaced by the one program.
     * GoDefer follows the rules of the run's Go version; a strategy spec pins the version it refines itself.
     */
    static String cfg(List<CalculusProgram> ps, Target target, GoVersion version) {
        int bodyLen = 0;
        int funcs = 1;
        java.util.TreeSet<Integer> values = new java.util.TreeSet<>(List.of(1));
        java.util.TreeSet<Integer> trips = new java.util.TreeSet<>(List.of(2));
        for (List<CalculusStmt> b : ps.stream().flatMap(p -> p.bodies().stream()).collect(java.util.stream.Collectors.toList())) {
            bodyLen = Math.max(bodyLen, b.size());
            for (CalculusStmt s : b) {
                if (s.val() > 0) {
                    values.add(s.val());
                }
                if (s.n() > 0) {
                    trips.add(s.n());
                }
            }
        }
        for (CalculusProgram p : ps) {
            funcs = Math.max(funcs, p.numFuncs());
        }
        CalculusBound b = new CalculusBound("trace", funcs, bodyLen, List.copyOf(values), List.copyOf(trips),
                CalculusBound.ALL_OPS);
        String goMinor = target == Target.ABSTRACT ? "    GoMinor = " + version.minor() + "\n" : "";
        return b.cfgConstants() + target.flags + goMinor + "    Programs <- TracePrograms\n"
                + "INIT TraceInit\nNEXT TraceNext\nINVARIANT EndedOnlyWhenConsumed\n";
    }
}
