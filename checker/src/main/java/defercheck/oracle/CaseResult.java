package defercheck.oracle;

import defercheck.coreprogram.CoreProgram;
import defercheck.toolchain.KnownBug;
import java.util.List;

/**
 * One program checked against a real toolchain. {@code differs} names the observables that disagree
 * (empty: agreement): {@code exit}, {@code stdout}, {@code stderr} (normalized), {@code plan}, and the same
 * prefixed {@code abstract } when the abstract semantics, rather than the version's real machine combination,
 * disagrees with the binary. {@code knownBug} is set when the disagreement matches a known toolchain bug.
 * {@code standalone}, set only for a disagreement, is the program built and run on its own (no batch): when it
 * agrees with the model, the difference came from the batch binary's stack layout (see {@link #batchOnly}).
 */
public record CaseResult(long rank, CoreProgram program, String source, Observed real, Observed model,
                         Observed abstractModel, List<String> differs, KnownBug knownBug, Observed standalone) {

    /** What one side did. {@code stderr} is already normalized ({@code StderrNormalizer}); {@code rawStderr} is not. */
    public record Observed(int exit, String stdout, String stderr, String rawStderr, String plan) { }

    public boolean agrees() {
        return differs.isEmpty();
    }

    /**
     * The batch binary disagrees but the program built on its own agrees with the model on exit code, stdout
     * and stderr: measured for {@code defer recover()} run from a heap record inside a deferred call, whose
     * result on go1.19-go1.23 depends on the stack layout (one more frame above main flips it).
     */
    public boolean batchOnly() {
        return !differs.isEmpty() && knownBug == null && standalone != null && !differs.contains("plan")
                && standalone.exit() == model.exit() && standalone.stdout().equals(model.stdout())
                && standalone.stderr().equals(model.stderr()) && standalone.exit() == abstractModel.exit()
                && standalone.stdout().equals(abstractModel.stdout()) && standalone.stderr().equals(abstractModel.stderr());
    }

    public boolean unexplained() {
        return !differs.isEmpty() && knownBug == null && !batchOnly();
    }
}
