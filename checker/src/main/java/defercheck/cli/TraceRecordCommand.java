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

/** {@code defercheck trace record FILE.go}: a trace of any program on every machine, e.g. a correct one worth studying. */
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
            json = TraceWriter.render(new TraceWriter.Origin(kind, description, null, null, null),
                    input.source().text(), Replay.compile(input.source().text(), go.version()), suite);
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

    private MachineSuite suiteOrUsage() {
        try {
            return new MachineSuite(go.version(), mutant == null ? null : Mutants.byId(mutant));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--mutant: " + e.getMessage());
        }
    }
}
