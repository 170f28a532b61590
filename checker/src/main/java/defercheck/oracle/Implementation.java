package defercheck.oracle;

import defercheck.coreprogram.CoreProgram;
import defercheck.source.GoVersion;
import defercheck.toolchain.KnownBug;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Go implementation the model is checked against, as an adapter that says in one place everything the
 * oracle needs: how to build and run a batch of programs and one program alone, the Go language version it
 * implements (the model runs under it), its crash-text normalisation, which observables compare, and its
 * declared quirks of presentation. Real Go (gc) is the ground truth for the model; for every other
 * implementation the model is the reference.
 */
public sealed interface Implementation permits GcAdapter, GccgoAdapter, YaegiAdapter {

    /** {@code gc}, {@code gccgo} or {@code yaegi}. */
    String name();

    /** The implementation's own version (go1.23.5, 12.2.0, 0.14.3): traces go to traces/impl/NAME-VERSION. */
    String version();

    /** The Go language version the model runs under for this implementation. */
    GoVersion language();

    /** What was found where, and how the language version was decided: said once when a run starts. */
    String describe();

    /** Whether the compiler's {@code -d=defer} plan is compared (gc only: no other implementation prints one). */
    boolean comparesPlan();

    /** Its crash-text normalisation, applied in order to its stderr before comparing. */
    List<CrashRule> crashRules();

    /** Its declared differences of presentation: none unless it declares some. */
    default List<Quirk> quirks() {
        return List.of();
    }

    /** The environment every process of the implementation gets, on top of the inherited one: none by default. */
    default Map<String, String> environment() {
        return Map.of();
    }

    /**
     * How long a process may sit asleep before the oracle checks whether it is blocked for good (0: wait out
     * the timeout, the default). See {@link Processes}.
     */
    default long blockedAfterMillis() {
        return 0;
    }

    /**
     * Cases a process runs in turn at most, and so cases per batch file for an interpreter, which reads its
     * whole file in every process (0: as many as a worker's share of the batch).
     */
    default int casesPerProcess() {
        return 0;
    }

    /** Programs per batch unless --batch says otherwise. */
    default int defaultBatch() {
        return 1000;
    }

    /** Writes the batch of {@code sources} into {@code dir} and builds it (an interpreter only writes it). */
    Built build(Path dir, List<String> sources) throws IOException, InterruptedException;

    /** The command line that runs a built batch with the dispatcher's two arguments ({@link Batch#dispatcher}). */
    List<String> command(Built batch, String first, String second);

    /**
     * Writes {@code source} as prog.go into {@code dir}, builds it as a user would (an interpreter only needs
     * the file) and returns the command that runs it.
     */
    List<String> buildAlone(String source, Path dir) throws IOException, InterruptedException;

    /** A known bug of this implementation that explains a disagreement on {@code p}, if any (gc only). */
    default Optional<KnownBug> knownBug(CoreProgram p, CaseResult.Observed real, CaseResult.Observed model) {
        return Optional.empty();
    }

    /**
     * A built batch: its directory, what runs (a binary, or the batch file for an interpreter), each case's
     * {@code -d=defer} plan as {@code prog.go:L:C: ...} lines (empty strings where there is none), and the build's
     * wall time.
     */
    record Built(Path dir, Path runnable, List<String> plans, long millis) { }
}
