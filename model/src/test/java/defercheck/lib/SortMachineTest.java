package defercheck.lib;

import static defercheck.lib.GoCases.diff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.lib.sort.BinarySearch;
import defercheck.lib.sort.SortMachine;
import defercheck.lib.sort.SortStep;
import defercheck.source.GoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SortMachine} and {@link BinarySearch} against lib/gen/sort.go: for every input pattern and length the
 * full sequence of Less and Swap calls (as a hash), their counts and the final order of the elements equal
 * Go's; sort.Float64s places NaNs and the two zeros as Go does; sort.Search probes the same indexes.
 */
class SortMachineTest {

    private static final GoVersion GO = GoVersion.DEFAULT;

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> recorded() {
        return GoCases.recorded("sort", SortMachineTest::check);
    }

    @TestFactory
    List<DynamicTest> live() throws Exception {
        return GoCases.live("sort", SortMachineTest::check, work);
    }

    static String check(String line, GoVersion v) {
        String[] f = line.split(" ");
        switch (f[0]) {
            case "S":
                return checkSort(f, v);
            case "F":
                return diff("Float64s", f[2], SortDriver.float64s(v, f[1]));
            case "B":
                return diff("Search", f[3] + " " + f[4], SortDriver.search(Integer.parseInt(f[1]), Integer.parseInt(f[2])));
            default:
                return "unknown case kind " + f[0];
        }
    }

    private static String checkSort(String[] f, GoVersion v) {
        String alg = f[1];
        String pattern = f[2];
        int n = Integer.parseInt(f[3]);
        SortDriver d = SortDriver.of(pattern, n);
        String want = String.join(" ", f[4], f[5], f[6], f[7]);
        return diff(alg + " " + pattern + " n=" + n, want, d.run(alg, v));
    }

    @Test
    void aStepCanBeResumedWithEitherAnswer() {
        SortStep first = SortMachine.sort(GO, 3);
        SortStep.Less less = (SortStep.Less) first;
        assertEquals(new SortStep.Less(1, 0, less.machine()), first);
        SortStep yes = less.answer(true);
        SortStep no = less.answer(false);
        assertNotEquals(yes, no);
        assertEquals(yes, less.answer(true));
        assertEquals(yes.hashCode(), less.answer(true).hashCode());
        assertEquals(new SortStep.Swap(1, 0, ((SortStep.Swap) yes).machine()), yes);
    }

    @Test
    void shortInputsNeedNoCalls() {
        assertEquals(new SortStep.Done(true), SortMachine.sort(GO, 0));
        assertEquals(new SortStep.Done(true), SortMachine.sort(GO, 1));
        assertEquals(new SortStep.Done(true), SortMachine.stable(GO, 1));
        assertEquals(new SortStep.Done(true), SortMachine.isSorted(GO, 1));
        assertEquals(new BinarySearch.Found(0), BinarySearch.start(0));
    }

    @Test
    void olderReleasesAreRefused() {
        assertThrows(UnsupportedOperationException.class, () -> SortMachine.sort(new GoVersion(18), 5));
    }

    /**
     * The generator's "indexgt" less (i > j, inconsistent with any data) drives pdqsort into its heapsort
     * fallback, so the recorded cases cover it; the explicit stack stays as shallow as Go's recursion.
     */
    @Test
    void inconsistentLessReachesHeapSortWithBoundedDepth() {
        SortDriver d = SortDriver.of("indexgt", 1000);
        int[] deepest = {0};
        List<String> frames = new ArrayList<>();
        d.runObserving(SortMachine.sort(GO, 1000), m -> {
            deepest[0] = Math.max(deepest[0], m.depth());
            if (m.toString().contains("HeapSortFrame") && frames.isEmpty()) {
                frames.add("heap");
            }
        });
        assertTrue(!frames.isEmpty(), "heapsort fallback reached");
        assertTrue(deepest[0] <= 2 * 11 + 4, "depth " + deepest[0]);
    }
}
