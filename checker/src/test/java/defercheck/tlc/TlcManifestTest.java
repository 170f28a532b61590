package defercheck.tlc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs TLC on every spec/ model of the selected manifest profile ("default" here, "large" with -Ptlc-large) and
 * requires each result, distinct-state count and depth to match spec/manifest.json. Bug models must fail with
 * their expected first error.
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
        TlcRunner runner = new TlcRunner(TlcRunner.locateTlatools(), specDir, meta, 900);
        List<ManifestCheck.Outcome> outcomes = new ManifestCheck(runner, 2).checkAll(entries);
        String report = outcomes.stream()
                .map(o -> String.format("%s: %s, %d distinct, depth %d, %.1fs%s", o.entry().model(),
                        o.result().describe(), o.result().distinctStates(), o.result().depth(), o.result().seconds(),
                        o.matches() ? "" : "  MISMATCH " + o.reason()))
                .collect(Collectors.joining("\n"));
        System.out.println(report);
        assertTrue(outcomes.stream().allMatch(ManifestCheck.Outcome::matches), report);
    }
}
