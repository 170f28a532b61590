package defercheck.coreprogram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import defercheck.ir.Program;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.Event;
import defercheck.semantics.Limits;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.semantics.StderrNormalizer;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The direct lowering behaves as the front end does on the printed source, for thousands of programs. */
class CoreLoweringTest {

    static List<String> observe(Program p, GoVersion v) {
        Outcome o = new AbstractMachine(p, v, new Limits(100_000, 1_000), MachineListener.NONE).run();
        List<String> out = new ArrayList<>();
        for (Event e : o.observed()) {
            out.add(e.describe());
        }
        out.add(o.kind() + " exit " + o.exitCode());
        out.add("stdout " + o.stdout());
        out.add("stderr " + StderrNormalizer.normalize(o.stderr()));
        return out;
    }

    private static void check(CoreProgram p, GoVersion v) {
        String src = GoPrinter.print(p);
        Compilation c = Frontend.compile(new SourceFile(CoreLowering.FILE, src), v);
        assertTrue(c.ok(), () -> "front end rejects the printed program:\n" + src + c.diagnostics());
        Program direct = CoreLowering.lower(p, v, src);
        assertEquals(observe(c.program(), v), observe(direct, v), () -> "lowerings differ on\n" + src);
        assertEquals(c.program().functions().size(), direct.functions().size(), src);
        for (int i = 0; i < direct.functions().size(); i++) {
            var a = c.program().function(i);
            var b = direct.function(i);
            assertEquals(a.name(), b.name(), src);
            assertEquals(a.code().size(), b.code().size(), () -> a.name() + " code\n" + src + a.code() + "\n" + b.code());
            assertEquals(a.span().line(), b.span().line(), () -> a.name() + " line\n" + src);
            assertEquals(a.captures(), b.captures(), src);
            assertEquals(a.returnStatements(), b.returnStatements(), src);
            assertEquals(a.slots().size(), b.slots().size(), src);
            for (int s = 0; s < a.deferSites().size(); s++) {
                assertEquals(a.deferSites().get(s).inLoop(), b.deferSites().get(s).inLoop(), src);
                assertEquals(a.deferSites().get(s).span().line(), b.deferSites().get(s).span().line(), src);
            }
        }
    }

    @Test
    void everyTinyProgram() {
        ProgramSpace space = new ProgramSpace(Bound.TINY);
        for (long i = 0; i < space.size(); i++) {
            check(space.program(i), GoVersion.DEFAULT);
        }
    }

    @Test
    void randomLargePrograms() {
        ProgramSpace space = new ProgramSpace(Bound.LARGE);
        SplittableRandom rnd = new SplittableRandom(4);
        for (int i = 0; i < 3000; i++) {
            GoVersion v = new GoVersion(12 + rnd.nextInt(12));
            check(space.program(rnd.nextLong(space.size())), v);
        }
    }
}
