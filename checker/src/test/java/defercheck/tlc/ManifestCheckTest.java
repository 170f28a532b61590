package defercheck.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestCheckTest {

    private static final Manifest.Entry FIFO = new Manifest.Entry("MCHeapDeferFIFO", "MCHeapDeferFIFO",
            "MCHeapDeferFIFO.cfg", "invariant AbsPendingLIFO violated", 86, 86, 3, "default", 1);

    private static TlcResult result(TlcResult.Kind kind, String name, long distinct, int depth) {
        return new TlcResult(kind, name, null, distinct, distinct, depth, 1.0, List.of());
    }

    @Test
    void matchNeedsKindNameDistinctAndDepth() {
        assertNull(ManifestCheck.mismatch(FIFO, result(TlcResult.Kind.INVARIANT_VIOLATED, "AbsPendingLIFO", 86, 3)));
        assertTrue(ManifestCheck.mismatch(FIFO, result(TlcResult.Kind.INVARIANT_VIOLATED, "AtMostOnce", 86, 3))
                .startsWith("expected"));
        assertTrue(ManifestCheck.mismatch(FIFO, result(TlcResult.Kind.INVARIANT_VIOLATED, "AbsPendingLIFO", 87, 3))
                .startsWith("distinct"));
        assertTrue(ManifestCheck.mismatch(FIFO, result(TlcResult.Kind.INVARIANT_VIOLATED, "AbsPendingLIFO", 86, 4))
                .startsWith("depth"));
        assertTrue(ManifestCheck.mismatch(FIFO, result(TlcResult.Kind.SUCCESS, null, 86, 3)) != null);
    }

    @Test
    void theCommittedManifestNamesExistingFiles() throws Exception {
        Path spec = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));
        Manifest m = Manifest.read(spec.resolve("manifest.json"));
        assertTrue(m.inProfile("default").size() >= 9);
        for (Manifest.Entry e : m.models()) {
            assertTrue(spec.resolve(e.module() + ".tla").toFile().isFile(), e.module());
            assertTrue(spec.resolve(e.cfg()).toFile().isFile(), e.cfg());
        }
        assertEquals(4, m.models().stream().filter(Manifest.Entry::expectsFailure).count());
    }
}
