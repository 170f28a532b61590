package defercheck.oracle;

import defercheck.coreprogram.CoreProgram;
import defercheck.toolchain.KnownBug;
import java.util.List;

/**
 * One program checked against an implementation. {@code model} and {@code abstractModel} are what the model
 * prints (as gc prints it) on the version's real machine combination and on the abstract semantics;
 * {@code presented} is the former as the implementation would present it, through the adapter's quirks
 * ({@code model} itself when no quirk applies). {@code differs} names the observables that disagree with the
 * presented model: {@code exit}, {@code stdout}, {@code stderr} (normalized), {@code plan} (gc only), and the
 * same prefixed {@code abstract } when the abstract semantics disagrees. {@code quirks} names the quirks that
 * turned a disagreement with the model as printed into an agreement. {@code knownBug} is set when a
 * disagreement matches a known toolchain bug. {@code standalone}, set only for a disagreement, is the program
 * built and run on its own (no batch): when it agrees with the model, the difference came from the batch
 * (see {@link #batchOnly}).
 */
public record CaseResult(long rank, CoreProgram program, String source, Observed real, Observed model,
                         Observed abstractModel, Observed presented, List<String> differs, List<String> quirks,
                         KnownBug knownBug, Observed standalone) {

    public CaseResult {
        differs = List.copyOf(differs);
        quirks = List.copyOf(quirks);
    }

    /** What one side did. {@code stderr} is normalized; {@code rawStderr} is not. */
    public record Observed(int exit, String stdout, String stderr, String rawStderr, String plan) {
        boolean sameBehaviour(Observed o) {
            return exit == o.exit && stdout.equals(o.stdout) && stderr.equals(o.stderr);
        }
    }

    /** Exactly what the model prints. */
    public boolean agrees() {
        return differs.isEmpty() && quirks.isEmpty();
    }

    /** What the model prints, once the adapter's declared quirks of presentation are applied. */
    public boolean agreesThroughQuirks() {
        return differs.isEmpty() && !quirks.isEmpty();
    }

    /**
     * The batch disagrees but the program built on its own agrees with the model (as presented) on exit code,
     * stdout and stderr: measured for {@code defer recover()} run from a heap record inside a deferred call,
     * whose result on go1.19-go1.23 depends on the stack layout (one more frame above main flips it).
     */
    public boolean batchOnly() {
        return !differs.isEmpty() && knownBug == null && standalone != null && !differs.contains("plan")
                && standalone.sameBehaviour(presented) && model.sameBehaviour(abstractModel);
    }

    /** A semantic disagreement: no quirk, known bug or batch explains it. */
    public boolean unexplained() {
        return !differs.isEmpty() && knownBug == null && !batchOnly();
    }
}
