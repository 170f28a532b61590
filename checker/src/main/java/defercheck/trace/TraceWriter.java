package defercheck.trace;

import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import defercheck.runtime.Comparison;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.MachineRun;
import defercheck.schedule.ChoiceString;
import defercheck.semantics.ChoiceScope;
import java.util.List;

/**
 * Renders a run of every machine of a suite on one program as {@code defercheck.counterexample/2} JSON
 * (schema in traces/README.md). The same bytes come out for the same program, version and mutant.
 */
public final class TraceWriter {
    public static final String SCHEMA = "defercheck.counterexample/2";

    /** Why the trace exists: "counterexample", "witness" (of a claim) or "example" (a correct program). */
    public record Origin(String kind, String description, String bound, Long rank, String core) {
    }

    private TraceWriter() {
    }

    public static String render(Origin origin, String source, Program p, MachineSuite suite) {
        return render(origin, source, p, suite, null);
    }

    /**
     * The run of every machine under the schedule a choice string names ({@code defercheck.schedule.ChoiceString};
     * null for the default schedule, and then the file has no {@code schedule} field).
     */
    public static String render(Origin origin, String source, Program p, MachineSuite suite, String schedule) {
        if (schedule == null) {
            return renderRuns(origin, source, p, suite, null);
        }
        return ChoiceScope.with(() -> ChoiceString.replay(schedule), () -> renderRuns(origin, source, p, suite,
                schedule));
    }

    private static String renderRuns(Origin origin, String source, Program p, MachineSuite suite, String schedule) {
        Comparison c = suite.compare(p);
        List<MachineConfig> configs = suite.machines(p);
        List<MachineRun> runs = c.runs();
        StringBuilder sb = new StringBuilder("{\n  \"schema\": \"" + SCHEMA + "\",\n");
        sb.append("  \"kind\": ").append(Jsons.quote(origin.kind()))
                .append(",\n  \"description\": ").append(Jsons.quote(origin.description()))
                .append(",\n  \"bound\": ").append(Jsons.quote(origin.bound()))
                .append(",\n  \"rank\": ").append(origin.rank())
                .append(",\n  \"go\": ").append(Jsons.quote(suite.version().toString()))
                .append(",\n  \"mutant\": ").append(suite.mutant() == null ? "null" : Jsons.quote(suite.mutant().id()))
                .append(schedule == null ? "" : ",\n  \"schedule\": " + Jsons.quote(schedule))
                .append(",\n  \"program\": {\"file\": \"prog.go\", \"source\": ").append(Jsons.quote(source))
                .append(", \"core\": ").append(Jsons.quote(origin.core())).append("},\n");
        sb.append("  \"divergence\": ").append(divergence(runs)).append(",\n  \"machines\": [\n");
        for (int i = 0; i < runs.size(); i++) {
            List<Step> steps = Recorder.steps(p, suite.version(), i == 0 ? null : configs.get(i - 1));
            sb.append(i == 0 ? "" : ",\n").append(machine(runs.get(i), i == 0, steps));
        }
        return sb.append("\n  ]\n}\n").toString();
    }

    private static String divergence(List<MachineRun> runs) {
        List<String> ref = runs.get(0).observables();
        for (MachineRun r : runs.subList(1, runs.size())) {
            List<String> obs = r.observables();
            if (!obs.equals(ref)) {
                int i = 0;
                while (i < obs.size() && i < ref.size() && obs.get(i).equals(ref.get(i))) {
                    i++;
                }
                return "{\"reference\": \"abstract\", \"machine\": " + Jsons.quote(r.machine())
                        + ", \"observable_index\": " + i + ", \"expected\": "
                        + (i < ref.size() ? Jsons.quote(ref.get(i)) : "null") + ", \"actual\": "
                        + (i < obs.size() ? Jsons.quote(obs.get(i)) : "null") + "}";
            }
        }
        return "null";
    }

    private static String machine(MachineRun r, boolean reference, List<Step> steps) {
        StringBuilder sb = new StringBuilder("    {\"name\": ").append(Jsons.quote(r.machine()))
                .append(", \"reference\": ").append(reference)
                .append(",\n     \"outcome\": {\"kind\": ").append(Jsons.quote(r.outcome().kind().name()))
                .append(", \"exit_code\": ").append(r.outcome().exitCode())
                .append(", \"stdout\": ").append(Jsons.quote(r.outcome().stdout()))
                .append(", \"stderr\": ").append(Jsons.quote(r.outcome().stderr())).append("},\n     \"observables\": ")
                .append(Jsons.array(r.observables())).append(",\n     \"steps_truncated\": ")
                .append(steps.size() > Recorder.MAX_STEPS).append(",\n     \"steps\": [");
        for (int i = 0; i < Math.min(steps.size(), Recorder.MAX_STEPS); i++) {
            sb.append(i == 0 ? "\n       " : ",\n       ").append(steps.get(i).toJson());
        }
        return sb.append("\n     ]}").toString();
    }
}
