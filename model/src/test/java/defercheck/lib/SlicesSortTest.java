package defercheck.lib;

import static defercheck.lib.GoCases.diff;

import defercheck.lib.sort.BinarySearch;
import defercheck.source.GoVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sort machines as package slices uses them (Go 1.21 on), against lib/gen/slices.go: slices.SortFunc,
 * SortStableFunc and IsSortedFunc call cmp on the same elements in the same order as Go (hash of the call log
 * by element ids), slices.Sort places float specials as Go does, and BinarySearch(Func) probe the same
 * elements.
 */
class SlicesSortTest {

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> recorded() {
        return GoCases.recordedFrom("slices", 21, SlicesSortTest::check);
    }

    @TestFactory
    List<DynamicTest> live() throws Exception {
        return GoCases.liveFrom("slices", 21, SlicesSortTest::check, work);
    }

    static String check(String line, GoVersion v) {
        String[] f = line.split(" ");
        switch (f[0]) {
            case "S":
                SortDriver d = SortDriver.ofSlices(f[2], Integer.parseInt(f[3]));
                return diff(f[1] + " " + f[2] + " n=" + f[3], f[4] + " " + f[5] + " " + f[6], d.runSlices(f[1], v));
            case "F":
                return diff("slices.Sort", f[2], SortDriver.float64s(v, f[1]));
            case "B":
                return diff("BinarySearch", String.join(" ", List.of(f).subList(3, 8)),
                        search(Integer.parseInt(f[1]), Integer.parseInt(f[2])));
            default:
                return "unknown case kind " + f[0];
        }
    }

    /** BinarySearch over keys 2*i (answer: x[h] < target), then BinarySearchFunc with its final cmp call. */
    private static String search(int n, int target) {
        BinarySearch.Step s = BinarySearch.start(n);
        long h = SortDriver.Fnv.OFFSET;
        while (s instanceof BinarySearch.Probe p) {
            h = SortDriver.Fnv.add(h, "P" + p.h() + ";");
            s = p.answer(2 * p.h() < target);
        }
        int i = ((BinarySearch.Found) s).index();
        boolean found = i < n && 2 * i == target;
        if (i < n) {
            h = SortDriver.Fnv.add(h, "P" + i + ";");
        }
        return i + " " + found + " " + String.format("%016x", h) + " " + i + " " + found;
    }
}
