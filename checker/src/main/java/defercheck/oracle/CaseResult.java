package defercheck.oracle;

import defercheck.core.CoreProgram;
import defercheck.toolchain.KnownBug;
import java.util.List;

/**
 * One program checked against a real toolchain. {@code differs} names the observables that disagree
 * (empty: agreement): {@code exit}, {@code stdout}, {@code stderr} (normalized), {@code plan}, and the same
 * prefixed {@code abstract } when the abstract semantics, rather than the version's real machine combination,
 * disagrees with the binary. {@code knownBug} is set when the disagreement matches a known toolchain bug.
 */
public record CaseResult(long rank, CoreProgram program, String source, Observed real, Observed model,
                         Observed abstractModel, List<String> differs, KnownBug knownBug) {

    /** What one side did. {@code stderr} is already normalized ({@code StderrNormalizer}); {@code rawStderr} is not. */
    public record Observed(int exit, String stdout, String stderr, String rawStderr, String plan) { }

    public boolean agrees() {
        return differs.isEmpty();
    }

    public boolean unexplained() {
        return !differs.isEmpty() && knownBug == null;
    }
}
