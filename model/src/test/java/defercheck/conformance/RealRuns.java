package defercheck.conformance;

import defercheck.toolchain.GoToolchain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds many single-file programs of a toolchain's test/ tree at once (one module, one package each, one
 * {@code go build}, so the two cores share the work) and runs each binary. A program that does not build here
 * gets a null run.
 */
final class RealRuns {

    private RealRuns() {
    }

    static List<GoToolchain.Run> buildAndRun(GoToolchain go, List<GoTestTree.Entry> entries, Path dir) throws Exception {
        List<GoToolchain.Run> out = new ArrayList<>();
        if (entries.isEmpty()) {
            return out;
        }
        go.writeGoMod(dir);
        Path bin = dir.resolve("bin");
        Files.createDirectories(bin);
        for (int i = 0; i < entries.size(); i++) {
            Path pkg = dir.resolve(String.format("p%04d", i));
            Files.createDirectories(pkg);
            Path src = go.testDir().resolve(entries.get(i).path());
            Files.copy(src, pkg.resolve(src.getFileName().toString()));
        }
        go.go(dir, 1200, "build", "-o", bin.toString(), "./...");
        for (int i = 0; i < entries.size(); i++) {
            Path exe = bin.resolve(String.format("p%04d", i));
            out.add(Files.isExecutable(exe) ? run(go, exe, dir) : null);
        }
        return out;
    }

    private static GoToolchain.Run run(GoToolchain go, Path exe, Path dir) throws IOException, InterruptedException {
        try {
            return go.runBinary(exe, dir, 60);
        } catch (IOException timeout) {
            return null;
        }
    }
}
