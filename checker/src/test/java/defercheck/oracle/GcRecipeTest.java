package defercheck.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading go build's compile and link steps from {@code go build -n}, and the bounds of {@link Limit}. */
class GcRecipeTest {
    /** The shape go1.23's go build -n prints for a main package importing fmt, os and runtime. */
    static final String DRY_RUN = "\n#\n# prog\n#\n\nmkdir -p $WORK/b001/\n"
            + "cat >$WORK/b001/importcfg << 'EOF' # internal\n# import config\n"
            + "packagefile fmt=/c/d7/fmt-d\npackagefile os=/c/e4/os-d\npackagefile runtime=/c/15/rt-d\nEOF\n"
            + "cd /tmp/probe\n"
            + "/go/pkg/tool/linux_amd64/compile -o $WORK/b001/_pkg_.a -trimpath \"$WORK/b001=>\" -p main"
            + " -lang=go1.23 -complete -buildid X/X -goversion go1.23.5 -c=2 -d=defer -nolocalimports"
            + " -importcfg $WORK/b001/importcfg -pack ./prog.go\n"
            + "/go/pkg/tool/linux_amd64/buildid -w $WORK/b001/_pkg_.a # internal\n"
            + "cat >$WORK/b001/importcfg.link << 'EOF' # internal\npackagefile prog=$WORK/b001/_pkg_.a\n"
            + "packagefile fmt=/c/d7/fmt-d\nmodinfo \"0w\\xaf\"\nEOF\nmkdir -p $WORK/b001/exe/\ncd .\n"
            + "GOROOT='/go' /go/pkg/tool/linux_amd64/link -o $WORK/b001/exe/a.out -importcfg"
            + " $WORK/b001/importcfg.link -buildmode=exe -buildid=Y/X/X/Y -s -w -extld=gcc $WORK/b001/_pkg_.a\n"
            + "/go/pkg/tool/linux_amd64/buildid -w $WORK/b001/exe/a.out # internal\nmv $WORK/b001/exe/a.out bin\n";

    @Test
    void theCompileAndLinkStepsAreReadWithTheirQuotedWordsAndEnvironment() throws IOException {
        GcRecipe r = GcRecipe.parse(DRY_RUN);
        assertEquals(List.of("/go/pkg/tool/linux_amd64/compile", "-o", "$WORK/b001/_pkg_.a", "-trimpath",
                "$WORK/b001=>", "-p", "main", "-lang=go1.23", "-complete", "-buildid", "X/X", "-goversion",
                "go1.23.5", "-c=2", "-d=defer", "-nolocalimports", "-importcfg", "$WORK/b001/importcfg", "-pack"),
                r.compile(), "the probe's file is left off: each batch appends its own");
        assertEquals("# import config\npackagefile fmt=/c/d7/fmt-d\npackagefile os=/c/e4/os-d\n"
                + "packagefile runtime=/c/15/rt-d\n", r.importcfg());
        assertEquals("/go/pkg/tool/linux_amd64/link", r.link().get(0));
        assertTrue(r.link().containsAll(List.of("-s", "-w", "$WORK/b001/_pkg_.a")), r.link().toString());
        assertEquals(Map.of("GOROOT", "/go"), r.linkEnv());
        assertTrue(r.importcfgLink().startsWith("packagefile prog=$WORK/b001/_pkg_.a\n"), r.importcfgLink());
    }

    @Test
    void anythingButOneCompileAndOneLinkIsRefused() {
        assertThrows(IOException.class, () -> GcRecipe.parse(DRY_RUN.replace("/link -o", "/notlink -o")));
        assertThrows(IOException.class, () -> GcRecipe.parse(DRY_RUN.replace("./prog.go", "./other.go")));
    }

    @Test
    void aLimitIsTheSlowerStageAndTheCpuTimeOverTheCores() {
        Limit l = new Limit(1000, 4000, 1500, 100, 1500, 500, 200, 500, 200, 300);
        assertEquals(250.0, l.pipelineBound(), 1e-9, "build 4 s against run and check 2 s");
        assertEquals(1000 * 1000.0 * 2 / 2200, l.cpuBound(2), 1e-9);
        Limit two = l.plus(new Limit(500, 2000, 600, 50, 700, 300, 100, 250, 100, 120));
        assertEquals(1500, two.programs());
        assertEquals(1000 * 1500.0 / 6000, two.pipelineBound(), 1e-9, "build 6 s against run and check 2.95 s");
        assertEquals(1500 * 1000.0 * 2 / 3200, two.cpuBound(2), 1e-9, "3.2 CPU-s over 2 cores");
        assertEquals(1.4, two.perThousand(two.buildCpuMillis()), 1e-9, "2.1 CPU-s for 1,500 programs");
    }
}
