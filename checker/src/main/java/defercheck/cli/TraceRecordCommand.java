package defercheck.cli;

import defercheck.explore.MachineSuite;
import defercheck.runtime.Mutants;
import defercheck.trace.Replay;
import defercheck.trace.TraceWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code defercheck trace record FILE.go}: a trace of any program on every machine, e.g. a correct one worth studying;
 * with {@code --schedule}, of one schedule of a concurrent program (the file keeps its choice string, so a replay
 * follows it).
 */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Run a Go program on every machine of a Go version (or one mutant) and write its trace.")
final class TraceRecordCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.go")
    Path file;

    @Mixin
    GoVersionOption go = new GoVersionOption();

    @Option(names = "--mutant", paramLabel = "ID", description = "run the abstract semantics against this mutant only")
    String mutant;

    @Option(names = "--kind", defaultValue = "example", description = "counterexample, witness or example")
    String kind;

    static final List<String> KINDS = List.of("counterexample", "witness", "example");

    @Option(names = "--description", description = "one line saying why this trace is worth reading")
    String description;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the .trace.json to write")
    Path out;

    @Option(names = "--schedule", paramLabel = "K|CHOICES",
            description = "record the run of one schedule: K, the example of the K-th outcome 'run --schedules all'"
                    + " lists (same --go, --max-schedules), or a choice string such as g2.s1.m0")
    String schedule;

    @Option(names = "--max-schedules", paramLabel = "N", defaultValue = "10000",
            description = "bound of the exploration that numbers the outcomes for --schedule K (default: ${DEFAULT-VALUE})")
    long maxSchedules;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!KINDS.contains(kind)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--kind: want one of " + KINDS);
        }
        MachineSuite suite = suiteOrUsage();
        ProgramInput input = ProgramInput.load(file, go.version(), spec.commandLine().getErr());
        if (!input.ok()) {
            return input.exitCode();
        }
        String json;
        // Compiled again as the trace's own prog.go, so that crash texts name the file a replay names.
        try {
            defercheck.ir.Program p = Replay.compile(input.source().text(), go.version());
            String choices = schedule == null ? null : choicesOrUsage(p);
            json = TraceWriter.render(new TraceWriter.Origin(kind, description, null, null, null),
                    input.source().text(), p, suite, choices);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("trace record: " + e.getMessage());
            return TraceCommand.EX_DATAERR;
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, json, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println(out);
        return 0;
    }

    /**
     * The choice string of --schedule: the K-th outcome's example of the exploration 'run --schedules all' makes
     * (on the real compiler's machine), or the string itself once it fits the program.
     */
    private String choicesOrUsage(defercheck.ir.Program p) {
        if (maxSchedules <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-schedules must be positive");
        }
        String choices = schedule;
        if (schedule.matches("\\d+")) {
            defercheck.runtime.MachineConfig real = defercheck.runtime.Strategy.real(p, go.version());
            defercheck.schedule.Exploration e = new defercheck.schedule.ScheduleExplorer(
                    () -> defercheck.runtime.Machines.create(p, go.version(), defercheck.semantics.Limits.DEFAULT,
                            real, defercheck.semantics.MachineListener.NONE),
                    defercheck.schedule.ScheduleExplorer.ALL, maxSchedules).explore();
            int k = Integer.parseInt(schedule);
            if (k < 1 || k > e.outcomes().size()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--schedule " + schedule + ": the"
                        + " program has " + e.outcomes().size() + " outcomes (" + e.summary() + ")");
            }
            choices = e.outcomes().get(k - 1).example();
        }
        try {
            defercheck.schedule.ChoiceString.Replay replay = defercheck.schedule.ChoiceString.replay(choices);
            defercheck.semantics.Machine m = defercheck.runtime.Machines.create(p, go.version(), MachineSuite.LIMITS,
                    null, defercheck.semantics.MachineListener.NONE);
            m.choices(replay);
            m.run();
            if (replay.mismatch() != null) {
                throw new IllegalArgumentException(replay.mismatch());
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--schedule " + schedule + ": "
                    + e.getMessage());
        }
        return choices;
    }

    private MachineSuite suiteOrUsage() {
        try {
            return new MachineSuite(go.version(), mutant == null ? null : Mutants.byId(mutant));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--mutant: " + e.getMessage());
        }
    }
}
