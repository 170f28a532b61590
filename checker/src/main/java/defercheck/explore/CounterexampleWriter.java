package defercheck.explore;

import defercheck.core.CoreLowering;
import defercheck.core.CoreProgram;
import defercheck.core.GoPrinter;
import defercheck.ir.Program;
import defercheck.runtime.Comparison;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.MachineRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a counterexample as {@code defercheck.counterexample/1} JSON (schema in traces/COUNTEREXAMPLE.md):
 * the program (Go source and core form), the Go version, every machine's observables and steps with state
 * snapshots, and the first divergence from the abstract semantics.
 */
public final class CounterexampleWriter {
    private CounterexampleWriter() {
    }

    public static Path write(Path dir, String bound, long rank, CoreProgram core, MachineSuite suite) throws IOException {
        String source = GoPrinter.print(core);
        Program p = CoreLowering.lower(core, suite.version(), source);
        Comparison c = suite.compare(p);
        List<MachineConfig> configs = suite.machines(p);
        List<MachineRun> runs = c.runs();
        List<String> ref = runs.get(0).observables();
        StringBuilder sb = new StringBuilder("{\n  \"schema\": \"defercheck.counterexample/1\",\n");
        sb.append("  \"bound\": ").append(Json.quote(bound)).append(",\n  \"rank\": ").append(rank)
                .append(",\n  \"go\": ").append(Json.quote(suite.version().toString()))
                .append(",\n  \"mutant\": ").append(suite.mutant() == null ? "null" : Json.quote(suite.mutant().id()))
                .append(",\n  \"program\": {\"file\": ").append(Json.quote("prog.go")).append(", \"source\": ")
                .append(Json.quote(source)).append(", \"core\": ").append(Json.quote(core.toString())).append("},\n");
        sb.append("  \"divergence\": ").append(divergence(runs, ref)).append(",\n  \"machines\": [\n");
        for (int i = 0; i < runs.size(); i++) {
            MachineRun r = runs.get(i);
            List<TraceStep> steps = i == 0 ? StepRecorder.abstractSteps(p, suite.version())
                    : StepRecorder.runtimeSteps(p, suite.version(), configs.get(i - 1));
            sb.append(i == 0 ? "" : ",\n").append(machine(r, i == 0, steps));
        }
        sb.append("\n  ]\n}\n");
        Files.createDirectories(dir);
        String name = bound + "-go" + suite.version() + (suite.mutant() == null ? "" : "-" + suite.mutant().id())
                + "-" + rank + ".trace.json";
        Path file = dir.resolve(name);
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static String divergence(List<MachineRun> runs, List<String> ref) {
        for (MachineRun r : runs.subList(1, runs.size())) {
            List<String> obs = r.observables();
            if (!obs.equals(ref)) {
                int i = 0;
                while (i < obs.size() && i < ref.size() && obs.get(i).equals(ref.get(i))) {
                    i++;
                }
                return "{\"reference\": \"abstract\", \"machine\": " + Json.quote(r.machine())
                        + ", \"observable_index\": " + i + ", \"expected\": "
                        + (i < ref.size() ? Json.quote(ref.get(i)) : "null") + ", \"actual\": "
                        + (i < obs.size() ? Json.quote(obs.get(i)) : "null") + "}";
            }
        }
        return "null";
    }

    private static String machine(MachineRun r, boolean reference, List<TraceStep> steps) {
        StringBuilder sb = new StringBuilder("    {\"name\": ").append(Json.quote(r.machine()))
                .append(", \"reference\": ").append(reference)
                .append(",\n     \"outcome\": {\"kind\": ").append(Json.quote(r.outcome().kind().name()))
                .append(", \"exit_code\": ").append(r.outcome().exitCode())
                .append(", \"stdout\": ").append(Json.quote(r.outcome().stdout()))
                .append(", \"stderr\": ").append(Json.quote(r.outcome().stderr())).append("},\n     \"observables\": [");
        List<String> obs = r.observables();
        for (int i = 0; i < obs.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(Json.quote(obs.get(i)));
        }
        sb.append("],\n     \"steps\": [");
        for (int i = 0; i < steps.size(); i++) {
            sb.append(i == 0 ? "\n       " : ",\n       ").append(steps.get(i).toJson());
        }
        return sb.append("\n     ]}").toString();
    }
}
