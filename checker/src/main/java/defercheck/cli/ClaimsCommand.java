package defercheck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code defercheck claims}: each claim of the origin document, checked on the model. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Check each claim of the origin document (GO_DEFER_FACTS §7): confirmed, refuted or imprecise, with the smallest witness.")
final class ClaimsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return 0;
    }
}
