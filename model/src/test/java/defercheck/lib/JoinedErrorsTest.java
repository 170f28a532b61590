package defercheck.lib;

import static defercheck.lib.GoCases.diff;
import static defercheck.lib.GoCases.unhex;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.lib.errors.JoinedErrors;
import defercheck.source.GoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link JoinedErrors} against lib/gen/errors.go (Go 1.21 or later): which arguments errors.Join keeps, nil
 * when none, the Error text and the order of the Error calls it makes.
 */
class JoinedErrorsTest {

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> recorded() {
        return GoCases.recordedFrom("errors", 21, JoinedErrorsTest::check);
    }

    @TestFactory
    List<DynamicTest> live() throws Exception {
        return GoCases.liveFrom("errors", 21, JoinedErrorsTest::check, work);
    }

    static String check(String line, GoVersion v) {
        String[] f = line.split(" ");
        String[] args = f[1].isEmpty() ? new String[0] : f[1].split(",");
        boolean[] nil = new boolean[args.length];
        for (int i = 0; i < args.length; i++) {
            nil[i] = args[i].equals("n");
        }
        List<Integer> kept = JoinedErrors.kept(nil);
        if (kept.isEmpty()) {
            return diff("Join", f[2], "nil");
        }
        List<String> texts = new ArrayList<>();
        StringBuilder calls = new StringBuilder();
        for (int i : kept) {
            texts.add(args[i].length() == 1 ? "" : unhex(args[i].substring(1)));
            calls.append(i).append(',');
        }
        String got = kept.size() + " x" + GoCases.hex(JoinedErrors.text(texts)).replace("-", "") + " " + calls;
        return diff("Join", f[2] + " " + f[3] + " " + f[4], got);
    }

    @Test
    void availableFromGo120() {
        assertFalse(JoinedErrors.available(new GoVersion(19)));
        assertTrue(JoinedErrors.available(new GoVersion(20)));
    }
}
