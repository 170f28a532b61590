package defercheck.coreprogram.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Test support for the readers of core programs (CoreForm, CoreSourceReader): the explorer's own programs,
 * every one of tiny and fixed samples of the larger bounds, and a check that they use every form of the core
 * language, so a round trip over them is not vacuous.
 */
final class CorePrograms {
    /** Beyond the named bounds: more functions, statements, nesting, loop trips and values than large. */
    static final Bound WIDE = new Bound("wide", 4, 6, 3, 5, 7, 8, true, true);

    /** How many programs {@link #forEach} checks: all 7,754 of tiny and the samples (10,000 + 3 x 3,000). */
    static final int COUNT = 7_754 + 10_000 + 3 * 3_000;

    /** Every form a core program can use: statement, deferred call, guard and result kinds. */
    static final List<String> FORMS = List.of("Call", "Closure", "Defer", "Exit", "Goexit", "IF_FALSE", "IF_TRUE",
            "LOOP", "NAMED", "NONE", "Named", "PLAIN", "Panic", "PanicCall", "Print", "PrintlnCall", "Recover",
            "RecoverCall", "Return", "SetResult", "UNNAMED");

    private CorePrograms() {
    }

    /** Every program of tiny, then fixed random samples of small, medium, large and {@link #WIDE}. */
    static int forEach(Consumer<CoreProgram> check) {
        TreeSet<String> seen = new TreeSet<>();
        Consumer<CoreProgram> both = p -> {
            forms(p, seen);
            check.accept(p);
        };
        ProgramSpace tiny = new ProgramSpace(Bound.TINY);
        for (long r = 0; r < tiny.size(); r++) {
            both.accept(tiny.program(r));
        }
        int n = (int) tiny.size();
        n += sample(Bound.SMALL, 10_000, 21, both);
        n += sample(Bound.MEDIUM, 3_000, 22, both);
        n += sample(Bound.LARGE, 3_000, 23, both);
        n += sample(WIDE, 3_000, 24, both);
        assertEquals(new TreeSet<>(FORMS), seen, "the programs use every form of the core language");
        return n;
    }

    private static int sample(Bound bound, int n, long seed, Consumer<CoreProgram> check) {
        ProgramSpace space = new ProgramSpace(bound);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            check.accept(space.program(rnd.nextLong(space.size())));
        }
        return n;
    }

    private static void forms(CoreProgram p, TreeSet<String> seen) {
        for (CoreFunction f : p.functions()) {
            seen.add(f.result().name());
            body(f.body(), seen);
        }
    }

    private static void body(List<CoreStmt> body, TreeSet<String> seen) {
        for (CoreStmt s : body) {
            seen.add(s.getClass().getSimpleName());
            if (s instanceof CoreStmt.Defer d) {
                seen.add(d.guard().kind().name());
                seen.add(d.what().getClass().getSimpleName());
                if (d.what() instanceof Deferred.Closure c) {
                    body(c.body(), seen);
                }
            }
        }
    }
}
