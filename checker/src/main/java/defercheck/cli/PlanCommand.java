package defercheck.cli;

import defercheck.Compilation;
import defercheck.plan.DeferPlanner;
import defercheck.plan.FunctionPlan;
import defercheck.plan.PlanPrinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code defercheck plan}: the compiler's per-site choice, exactly as {@code go build -gcflags=-d=defer} prints it. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Print what the Go compiler of --go decides for each defer site: open-coded, stack-allocated"
                + " or heap-allocated, in the format of go build -gcflags=-d=defer.",
                "Go 1.12 and 1.13 have no -d=defer output of their own; their rules print in the same format."})
final class PlanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.go", description = "the Go program")
    Path file;

    @Mixin
    GoVersionOption go = new GoVersionOption();

    @Option(names = "--explain", description = "also say, per function with defers, why it is or is not open-coded")
    boolean explain;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgramInput input = ProgramInput.load(file, go.version(), err);
        if (!input.ok()) {
            return input.exitCode();
        }
        Compilation c = input.compilation();
        List<FunctionPlan> plans = DeferPlanner.plan(c.program(), go.version());
        // go build names the file as ./FILE.go, relative to the package directory, wherever it runs from.
        out.print(PlanPrinter.render(DeferPlanner.sites(c.program(), go.version(), plans),
                "./" + file.getFileName()));
        if (explain) {
            explain(out, plans, c);
        }
        out.flush();
        return 0;
    }

    private void explain(PrintWriter out, List<FunctionPlan> plans, Compilation c) {
        for (FunctionPlan p : plans) {
            if (c.program().function(p.function()).deferSites().isEmpty()) {
                continue;
            }
            out.println("# " + p.name() + ": " + (p.openCoded() ? "open-coded" : "not open-coded: " + p.whyNot()));
        }
    }
}
