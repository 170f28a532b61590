package defercheck.trace;

import java.util.List;

/**
 * A trace file in memory: a {@code defercheck.counterexample/1} or {@code /2} file (program, Go version,
 * mutant, machines, first divergence) or a TLC counterexample ({@code tlc} set, one machine named after
 * the model whose steps are TLC's states). Fields a format lacks are null; {@code schedule} is the choice string
 * of a run recorded with {@code trace record --schedule} (null for the default schedule).
 */
public record Trace(String schema, String kind, String description, String bound, Long rank, String go,
                    String mutant, String source, String core, Divergence divergence, List<TraceMachine> machines,
                    boolean tlc, String schedule) {

    public Trace {
        machines = List.copyOf(machines);
    }

    public TraceMachine machine(String name) {
        for (TraceMachine m : machines) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no machine '" + name + "' in this trace; it has "
                + machines.stream().map(TraceMachine::name).toList());
    }

    public List<String> sourceLines() {
        return source == null ? List.of() : source.lines().toList();
    }
}
