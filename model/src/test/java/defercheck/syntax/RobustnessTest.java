package defercheck.syntax;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** No input may make the front end throw, hang or overflow the stack. */
class RobustnessTest {

    static Compilation compile(String src) {
        return Frontend.compile(new SourceFile("prog.go", src), GoVersion.DEFAULT);
    }

    static void assertClean(Compilation c) {
        assertFalse(c.diagnostics().stream().anyMatch(d -> d.message().startsWith("internal compiler error")),
                () -> c.diagnostics().toString());
    }

    static String first(Compilation c) {
        return c.diagnostics().isEmpty() ? "" : c.diagnostics().get(0).render();
    }

    /**
     * A hang guard, not a speed claim: hostile inputs must come back with diagnostics. The bound is loose
     * so that a loaded CI machine does not turn it into a flaky timing test.
     */
    @Test
    void hostileInputs() {
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
            String fn = "package main\nfunc main() {\n";
            List<String> inputs = List.of("", "\0\0\0", "package main\n\uFFFD\uFFFD",
                    "package main\nvar s = \"abc", "package main\nvar s = `abc", "package main\n/* abc",
                    fn + "x := " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "\n}\n",
                    fn + "{".repeat(100_000) + "}".repeat(100_000) + "\n}\n",
                    fn + "x := 1" + "+1".repeat(200_000) + "\n}\n",
                    fn + "f" + "()".repeat(100_000) + "\n}\n",
                    fn + "x := " + "-".repeat(100_000) + "1\n}\n",
                    "package main\n" + "func main() { println(1) }\n".repeat(400_000));
            for (String s : inputs) {
                Compilation c = compile(s);
                assertClean(c);
                assertFalse(c.ok() && !s.isEmpty() && s.length() < 100, s);
            }
            byte[] garbage = new byte[1 << 16];
            new Random(7).nextBytes(garbage);
            assertClean(compile(new String(garbage, java.nio.charset.StandardCharsets.UTF_8)));
        });
    }

    @Test
    void unterminatedLiteralsAndNesting() {
        assertTrue(first(compile("package main\nvar s = \"abc")).endsWith("string literal not terminated"));
        assertTrue(first(compile("package main\nvar s = `abc")).endsWith("raw string literal not terminated"));
        assertTrue(first(compile("package main\n/* abc")).endsWith("comment not terminated"));
        assertTrue(first(compile("package main\nfunc main() {\nx := " + "(".repeat(1000) + "1"))
                .endsWith("unsupported: nesting deeper than 256"), () -> first(compile("x")));
    }

    private static final String[] SEEDS = {
        """
                package main
                import "fmt"
                func f() (r int) {
                \tdefer func() { r *= 10; recover() }()
                \treturn 5
                }
                func main() {
                \tfor i := 0; i < 3; i++ {
                \t\tdefer println(i)
                \t}
                \tx, y := 1, "a"
                \tvar a any = x
                \tif v, ok := a.(int); ok && v > 0 {
                \t\tfmt.Println(y, v)
                \t} else {
                \t\tpanic("no")
                \t}
                \tfmt.Println(f())
                }
                """,
        """
                package main
                import (
                \t"os"
                \t"runtime"
                )
                var g = 3
                func main() {
                \tdefer runtime.Goexit()
                \tfor {
                \t\tg--
                \t\tif g < 0 { break }
                \t}
                \tos.Exit(g << 2 % 7)
                }
                """,
    };

    @TestFactory
    Stream<DynamicTest> mutatedProgramsNeverThrow() {
        Random rnd = new Random(42);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String src = mutate(SEEDS[i % SEEDS.length], rnd);
            tests.add(DynamicTest.dynamicTest("mutant " + i, () -> assertClean(compile(src))));
        }
        return tests.stream();
    }

    /** Deletes, duplicates or swaps whole tokens (split on a crude token boundary). */
    private static String mutate(String src, Random rnd) {
        List<String> toks = new ArrayList<>(List.of(src.split("(?<=[\\s(){};,.:=+*<>-])|(?=[\\s(){};,.:=+*<>-])")));
        for (int n = 1 + rnd.nextInt(3); n > 0; n--) {
            int a = rnd.nextInt(toks.size());
            int b = rnd.nextInt(toks.size());
            switch (rnd.nextInt(3)) {
                case 0: toks.remove(a); break;
                case 1: toks.add(a, toks.get(b)); break;
                default: String t = toks.get(a); toks.set(a, toks.get(b)); toks.set(b, t);
            }
        }
        return String.join("", toks);
    }
}
