package defercheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.ir.Program;
import defercheck.semantics.Limits;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each mutant against the smallest program known to expose it ({@code resources/mutants/ID.go}): the
 * unmutated machine agrees with the abstract semantics there, the mutant does not.
 */
class MutantsTest {
    static final Path DIR = Paths.get("src/test/resources/mutants");
    static final Limits LIMITS = new Limits(1_000_000L, 2_000);

    static GoVersion versionFor(Mutant m) {
        return m.machine() == Strategy.PANICLOOP ? GoVersion.parse("1.23") : GoVersion.parse("1.21");
    }

    static Program compile(Mutant m) throws IOException {
        String text = Files.readString(DIR.resolve(m.id() + ".go"), StandardCharsets.UTF_8);
        Compilation c = Frontend.compile(new SourceFile(m.id() + ".go", text), versionFor(m));
        assertTrue(c.ok(), () -> m.id() + ".go does not compile: " + c.diagnostics());
        return c.program();
    }

    @TestFactory
    List<DynamicTest> everyMutantIsExposedByItsProgram() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Mutant m : Mutants.ALL) {
            tests.add(DynamicTest.dynamicTest(m.id(), () -> {
                Program p = compile(m);
                GoVersion v = versionFor(m);
                Comparison sound = Comparison.run(p, v, LIMITS, List.of(m.machine().forced()));
                assertTrue(sound.agrees(), () -> "the unmutated " + m.machine().id() + " machine already diverges:\n"
                        + sound.report());
                Comparison mutated = Comparison.run(p, v, LIMITS, List.of(m.config()));
                assertFalse(mutated.agrees(), () -> "mutant " + m.id() + " is not exposed");
            }));
        }
        return tests;
    }

    @Test
    void idsAreUniqueAndEachHasAProgram() {
        Set<String> seen = new HashSet<>();
        for (Mutant m : Mutants.ALL) {
            assertTrue(seen.add(m.id()), "duplicate mutant id " + m.id());
            assertTrue(Files.exists(DIR.resolve(m.id() + ".go")), "no program for mutant " + m.id());
        }
        assertEquals(Mutants.ALL.size(), new HashSet<>(List.of(Flaw.values())).size(),
                "every flaw belongs to exactly one mutant");
    }
}
