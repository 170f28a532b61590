package defercheck.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A TLC counterexample of a model in spec/ (traces/tlc/MODEL.json) written back as a TLA+ trace-validation
 * module of that very model: it EXTENDS the model's module (spec/manifest.json says which; a mutant model's is its
 * spec's mutants module), lists the counterexample's states, and has TLC follow the model's INIT and NEXT (as its
 * cfg names them) through exactly those states. The cfg copies the model's CONSTANTS and
 * checks the invariant {@code TraceNotEnded}; TLC reporting it violated means it replayed every state of the
 * counterexample as a behaviour of the model (with deadlock checking off, a trace that stops early is no
 * error, so "no error found" means the trace is not a behaviour).
 */
public final class TlcTraceExport {
    public static final String REPLAYED = "TraceNotEnded";

    private TlcTraceExport() {
    }

    /** Writes OUT (a .tla module named after it) and its .cfg; {@code states} are TLC's variable values. */
    public static Path write(String model, List<Map<String, String>> states, Path specDir, Path out)
            throws IOException {
        String name = TlaText.moduleName(out);
        Path modelCfg = specDir.resolve(model + ".cfg");
        if (!Files.isRegularFile(modelCfg)) {
            throw new IllegalArgumentException("no " + modelCfg + " for the counterexample's model " + model
                    + " (pass --spec-dir)");
        }
        if (states.isEmpty()) {
            throw new IllegalArgumentException("the counterexample has no states");
        }
        String cfg = Files.readString(modelCfg);
        Path tla = out.resolveSibling(name + ".tla");
        Files.writeString(tla, module(name, model, moduleOf(model, specDir), cfgName(cfg, "INIT", "Init"),
                cfgName(cfg, "NEXT", "Next"), states), StandardCharsets.UTF_8);
        Files.writeString(out.resolveSibling(name + ".cfg"), cfg(cfg), StandardCharsets.UTF_8);
        return tla;
    }

    /** The module a model's cfg is for: the manifest's word, else the module named as the model. */
    static String moduleOf(String model, Path specDir) throws IOException {
        Path manifest = specDir.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return model;
        }
        return Manifest.read(manifest).find(model).map(Manifest.Entry::module).orElse(model);
    }

    /** The operator a cfg names after {@code keyword} (INIT or NEXT), or {@code otherwise}. */
    static String cfgName(String cfg, String keyword, String otherwise) {
        for (String line : cfg.split("\n")) {
            String[] words = line.strip().split("\\s+");
            if (words.length == 2 && words[0].equals(keyword)) {
                return words[1];
            }
        }
        return otherwise;
    }

    static String module(String name, String model, String module, String init, String next,
                         List<Map<String, String>> states) {
        List<String> vars = new ArrayList<>(states.get(0).keySet());
        StringBuilder b = new StringBuilder();
        b.append("---- MODULE ").append(name).append(" ----\n");
        b.append("(* The TLC counterexample of ").append(model).append(", ").append(states.size())
                .append(" states, as a behaviour TLC must replay: *)\n");
        b.append("(* TLC reporting ").append(REPLAYED).append(" violated means it did. *)\n");
        b.append("EXTENDS ").append(module).append(", Sequences, TLC\n\n");
        b.append("VARIABLE traceIndex\n\n");
        b.append("TraceStates == <<\n");
        for (int k = 0; k < states.size(); k++) {
            b.append("  [");
            for (int i = 0; i < vars.size(); i++) {
                b.append(i == 0 ? "" : ",\n   ").append(vars.get(i)).append(" |-> ")
                        .append(states.get(k).get(vars.get(i)));
            }
            b.append("]").append(k + 1 < states.size() ? ",\n" : "\n");
        }
        b.append(">>\n\n");
        b.append("AtTraceState(k) ==\n");
        vars.forEach(v -> b.append("    /\\ ").append(v).append(" = TraceStates[k].").append(v).append('\n'));
        b.append("\nToTraceState(k) ==\n");
        vars.forEach(v -> b.append("    /\\ ").append(v).append("' = TraceStates[k].").append(v).append('\n'));
        b.append("\nTraceInit == traceIndex = 1 /\\ ").append(init).append(" /\\ AtTraceState(1)\n\n");
        b.append("TraceNext ==\n    /\\ traceIndex < Len(TraceStates)\n    /\\ ").append(next).append("\n")
                .append("    /\\ ToTraceState(traceIndex + 1)\n    /\\ traceIndex' = traceIndex + 1\n\n");
        b.append(REPLAYED).append(" == traceIndex < Len(TraceStates)\n");
        b.append("====\n");
        return b.toString();
    }

    /** The model's CONSTANTS block, then the trace's own INIT, NEXT and invariant. */
    static String cfg(String modelCfg) {
        StringBuilder b = new StringBuilder();
        for (String line : modelCfg.split("\n")) {
            String t = line.strip();
            if (t.startsWith("INIT") || t.startsWith("NEXT") || t.startsWith("SPECIFICATION")
                    || t.startsWith("INVARIANT") || t.startsWith("PROPERTY") || t.startsWith("CHECK_DEADLOCK")
                    || t.startsWith("SYMMETRY") || t.startsWith("CONSTRAINT") || t.startsWith("VIEW")) {
                break;
            }
            b.append(line).append('\n');
        }
        return b.append("INIT TraceInit\nNEXT TraceNext\nINVARIANT ").append(REPLAYED)
                .append("\nCHECK_DEADLOCK FALSE\n").toString();
    }
}
