package defercheck.tlc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs TLC on manifest models and compares each answer with the manifest: the result kind (and name) and the
 * distinct states and depth must match exactly. Bug models run with the manifest's worker count (1), so the
 * state count at the first error is deterministic.
 */
public final class ManifestCheck {

    /** The comparison for one model. */
    public record Outcome(Manifest.Entry entry, TlcResult result, boolean matches, String reason) { }

    private final TlcRunner runner;
    private final int maxWorkers;

    public ManifestCheck(TlcRunner runner, int maxWorkers) {
        this.runner = runner;
        this.maxWorkers = maxWorkers;
    }

    public Outcome check(Manifest.Entry entry) throws IOException, InterruptedException {
        int workers = entry.expectsFailure() ? 1 : Math.max(1, Math.min(maxWorkers, Math.max(1, entry.workers())));
        TlcResult r = runner.run(entry.module(), entry.cfg(), workers);
        return new Outcome(entry, r, mismatch(entry, r) == null, mismatch(entry, r));
    }

    public List<Outcome> checkAll(List<Manifest.Entry> entries) throws IOException, InterruptedException {
        List<Outcome> out = new ArrayList<>();
        for (Manifest.Entry e : entries) {
            out.add(check(e));
        }
        return out;
    }

    /** Null when the result matches the entry, otherwise what differs. */
    static String mismatch(Manifest.Entry e, TlcResult r) {
        if (!e.expected().equals(r.describe())) {
            return "expected " + e.expected() + ", got " + r.describe()
                    + (r.message() == null ? "" : " (" + r.message() + ")");
        }
        if (e.distinctStates() != r.distinctStates()) {
            return "distinct states: expected " + e.distinctStates() + ", got " + r.distinctStates();
        }
        if (e.depth() != r.depth()) {
            return "depth: expected " + e.depth() + ", got " + r.depth();
        }
        return null;
    }
}
