package defercheck.tlc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs TLC on every spec/ model of the selected manifest profile ("default" here, "large" with -Ptlc-large) and
 * requires each result, distinct-state count and depth to match spec/manifest.json: the passing models pass,
 * every mutant model is caught by the invariant or property the manifest names. On the default profile the
 * passing models run with TLC's coverage and the coverage gate must pass: every action, and every branch of an
 * IF or CASE in an action, reached by some model of its spec, but for the manifest's reasoned allowances.
 */
class TlcManifestTest {

    @Test
    void everyModelMatchesTheManifest() throws Exception {
        Path specDir = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));
        String profile = System.getProperty("defercheck.tlc.profile", "default");
        Path meta = Paths.get(System.getProperty("defercheck.tlc.meta", "target/tlc-meta"));
        Manifest manifest = Manifest.read(specDir.resolve("manifest.json"));
        List<Manifest.Entry> entries = manifest.inProfile(profile);
        assertFalse(entries.isEmpty(), "no models in profile " + profile);
        boolean gate = profile.equals("default");
        TlcRunner runner = new TlcRunner(TlcRunner.locateTlatools(), specDir, meta, 900);
        List<ManifestCheck.Outcome> outcomes = ManifestCheck.oneWorkerEach(runner, 2).checkAll(entries, gate, o -> { });
        String report = outcomes.stream()
                .map(o -> String.format("%s: %s, %d distinct, depth %d, %.1fs%s", o.entry().model(),
                        o.result().describe(), o.result().distinctStates(), o.result().depth(), o.result().seconds(),
                        o.matches() ? "" : "  MISMATCH " + o.reason()))
                .collect(Collectors.joining("\n"));
        System.out.println(report);
        assertTrue(outcomes.stream().allMatch(ManifestCheck.Outcome::matches), report);
        if (gate) {
            CoverageGate.Report g = ManifestCheck.coverage(outcomes, manifest, specDir,
                    Files.createDirectories(meta).resolve("coverage"));
            g.allowed().forEach(a -> System.out.println("coverage allowed: " + a.branch().branch() + " "
                    + a.branch().description() + " (" + a.allowance().reason() + ")"));
            assertTrue(g.passes(), g.gaps().stream().map(CoverageGate.Gap::toString)
                    .collect(Collectors.joining("\n")));
        }
    }
}
