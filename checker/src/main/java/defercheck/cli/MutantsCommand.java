package defercheck.cli;

import defercheck.runtime.Mutant;
import defercheck.runtime.Mutants;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code defercheck mutants}: the mutant table; run one with {@code run --strategy all --mutant ID}. */
@Command(name = "mutants", mixinStandardHelpOptions = true,
        description = "List the mutants: id, machine, Go issue, description.")
final class MutantsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-26s %-10s %-7s %s%n", "ID", "MACHINE", "ISSUE", "DESCRIPTION");
        for (Mutant m : Mutants.ALL) {
            out.printf("%-26s %-10s %-7s %s%n", m.id(), m.machine().id(), m.issueText(), m.description());
        }
        out.println();
        out.println("ISSUE: the golang/go issue whose bug the mutant models (- for a classic mistake with no issue).");
        out.println("[U]: reconstructed. The issue and its fix do not show the runtime's exact mistake, so this flaw is"
                + " one that gives the issue's reported wrong behaviour on its regression program (docs/runtime.md).");
        out.println("Run one: defercheck run --strategy all --mutant ID PROG.go (the program that exposes each is"
                + " model/src/test/resources/mutants/ID.go).");
        out.flush();
        return 0;
    }
}
