package defercheck.semantics.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.check.LibraryLoader;
import defercheck.semantics.NativeTable;
import defercheck.semantics.Natives;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each registered library package: its declarations check on every release the model runs as, every
 * bodyless function, method and variable there has a native, and every native of the package is declared
 * on the newest release.
 */
class LibraryDeclarationsTest {

    private static final List<GoVersion> VERSIONS = List.of(new GoVersion(19), new GoVersion(21),
            new GoVersion(22), new GoVersion(23));

    @TestFactory
    Stream<DynamicTest> everyPackageHasItsNatives() {
        NativeTable table = Natives.registered();
        List<DynamicTest> tests = new ArrayList<>();
        for (String path : Natives.packagePaths()) {
            tests.add(DynamicTest.dynamicTest(path, () -> {
                assertTrue(LibraryLoader.declared(path), "no declaration file for " + path);
                Set<String> declaredNewest = new TreeSet<>();
                for (GoVersion v : VERSIONS) {
                    for (String name : LibraryLoader.nativeNames(path, v)) {
                        assertTrue(table.functionNames().contains(name) || table.globalNames().contains(name),
                                () -> name + " is declared for " + v + " but has no native");
                        if (v.equals(VERSIONS.get(VERSIONS.size() - 1))) {
                            declaredNewest.add(name);
                        }
                    }
                }
                assertEquals(table.namesOf(path), declaredNewest, "natives of " + path + " without a declaration");
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> versionedLinesExistOnlyFromTheirRelease() {
        String text = "//go1.20 func Join()\n//go1.21 //unsupported: X\nfunc F()";
        return Stream.of(
                DynamicTest.dynamicTest("1.19", () -> assertEquals(text,
                        LibraryLoader.versioned(text, new GoVersion(19)))),
                DynamicTest.dynamicTest("1.20", () -> assertEquals("func Join()\n//go1.21 //unsupported: X\nfunc F()",
                        LibraryLoader.versioned(text, new GoVersion(20)))),
                DynamicTest.dynamicTest("1.23", () -> assertEquals("func Join()\n//unsupported: X\nfunc F()",
                        LibraryLoader.versioned(text, new GoVersion(23)))));
    }

    @TestFactory
    Stream<DynamicTest> untilLinesExistOnlyBeforeTheirRelease() {
        String text = "type T struct {\n//until1.20 n int32\n//go1.20 n atomic.Int32\n}";
        return Stream.of(
                DynamicTest.dynamicTest("1.19", () -> assertEquals("type T struct {\nn int32\n//go1.20 n atomic.Int32\n}",
                        LibraryLoader.versioned(text, new GoVersion(19)))),
                DynamicTest.dynamicTest("1.20", () -> assertEquals("type T struct {\n//until1.20 n int32\nn atomic.Int32\n}",
                        LibraryLoader.versioned(text, new GoVersion(20)))));
    }
}
